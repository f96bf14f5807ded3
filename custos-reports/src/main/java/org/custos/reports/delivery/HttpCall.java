package org.custos.reports.delivery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * Sends one request and maps the outcome for the outbox: a 2xx answer's body, or a {@link DeliveryException}
 * that says whether a retry can help (transport failures, 429 and 5xx can; 401, 403 and other 4xx cannot).
 */
public final class HttpCall {
    private HttpCall() {
    }

    public static String send(HttpClient http, HttpRequest request, String call) {
        HttpResponse<String> response = exchange(http, request, call);
        int status = response.statusCode();
        if (status == 401 || status == 403) {
            throw new DeliveryException(call + ": credentials refused (HTTP " + status + ")", status, false, null);
        }
        if (status < 200 || status > 299) {
            throw new DeliveryException(call + ": HTTP " + status, status, status == 429 || status >= 500, null);
        }
        return response.body();
    }

    private static HttpResponse<String> exchange(HttpClient http, HttpRequest request, String call) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException | UncheckedIOException e) {
            throw new DeliveryException(call + ": " + e, 0, true, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryException(call + ": interrupted", 0, true, e);
        }
    }
}
