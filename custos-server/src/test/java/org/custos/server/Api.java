package org.custos.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for tests: JSON in, status and JSON out, with an optional API key. */
record Api(URI base, String token) {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    static final JsonMapper JSON = JsonMapper.builder().build();

    Response get(String path) {
        return exchange(request(path).GET());
    }

    Response delete(String path) {
        return exchange(request(path).DELETE());
    }

    Response post(String path, Object body) {
        return exchange(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    Response postBytes(String path, String contentType, byte[] body) {
        return exchange(request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** Sends a request built by the test, with this key added. */
    Response send(HttpRequest.Builder custom) {
        return exchange(token == null ? custom : custom.header("Authorization", "Bearer " + token));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path));
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    private static Response exchange(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Retry-After").orElse(null), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Response(int status, String contentType, String retryAfter, String body) {
        JsonNode json() {
            return JSON.readTree(body);
        }

        boolean isProblem() {
            return contentType.startsWith("application/problem+json") && json().has("status")
                    && json().get("status").asInt() == status;
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
