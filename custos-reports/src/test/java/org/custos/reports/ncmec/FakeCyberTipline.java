package org.custos.reports.ncmec;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;

/**
 * A real HTTP server on a random port that answers like the CyberTipline Reporting API: Basic credentials
 * (401 otherwise), a schema check of the incident type (a non-zero responseCode with the validator's message),
 * report ids, uploads answered with the MD5 of the bytes, fileinfo, finish and retract. It honours
 * {@code Idempotency-Key}, so a retried step is answered from memory and files nothing twice.
 */
final class FakeCyberTipline implements AutoCloseable {
    static final Set<String> INCIDENT_TYPES = Set.of("Child Pornography (possession, manufacture, and distribution)",
            "Child Sex Trafficking", "Child Sex Tourism", "Child Sexual Molestation", "Misleading Domain Name",
            "Misleading Words or Digital Images on the Internet", "Online Enticement of Children for Sexual Acts",
            "Unsolicited Obscene Material Sent to a Child");
    private final HttpServer server;
    private final AtomicLong nextReport = new AtomicLong(4564654);
    private final Map<String, String> answered = new ConcurrentHashMap<>();
    final Map<Long, List<String>> files = new ConcurrentHashMap<>();
    final Map<Long, String> state = new ConcurrentHashMap<>();
    final List<String> documents = new ArrayList<>();
    volatile String password = "secret";
    volatile Set<String> incidentTypes = INCIDENT_TYPES;

    FakeCyberTipline() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/ispws/", this::handle);
        server.start();
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/ispws");
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String expected = "Basic " + Base64.getEncoder().encodeToString(("esp:" + password).getBytes(StandardCharsets.UTF_8));
            if (!expected.equals(ex.getRequestHeaders().getFirst("Authorization"))) {
                ex.sendResponseHeaders(401, -1);
                return;
            }
            byte[] body = ex.getRequestBody().readAllBytes();
            String key = ex.getRequestURI().getPath() + " " + ex.getRequestHeaders().getFirst("Idempotency-Key");
            String answer = answered.get(key);
            if (answer == null) {
                answer = answer(ex.getRequestURI().getPath().substring("/ispws/".length()), body,
                        ex.getRequestHeaders().getFirst("Content-Type"));
                answered.put(key, answer);
            }
            byte[] out = answer.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "text/xml");
            ex.sendResponseHeaders(200, out.length);
            ex.getResponseBody().write(out);
        } catch (Exception e) {
            ex.sendResponseHeaders(500, -1);
        }
    }

    private synchronized String answer(String call, byte[] body, String contentType) throws Exception {
        return switch (call) {
            case "submit" -> submit(new String(body, StandardCharsets.UTF_8));
            case "upload" -> upload(body, contentType);
            case "fileinfo" -> fileInfo(new String(body, StandardCharsets.UTF_8));
            case "finish" -> finish(formId(body));
            case "retract" -> retract(formId(body));
            default -> response(1000, "Server Error", null, "");
        };
    }

    private String submit(String xml) throws Exception {
        documents.add(xml);
        Document d = parse(xml);
        String type = d.getElementsByTagName("incidentType").item(0).getTextContent();
        if (!incidentTypes.contains(type)) {
            return response(4100, "cvc-enumeration-valid: Value '" + type + "' is not facet-valid with respect to enumeration", null, "");
        }
        long id = nextReport.getAndIncrement();
        files.put(id, new ArrayList<>());
        state.put(id, "open");
        return response(0, "Success", id, "");
    }

    private String upload(byte[] body, String contentType) throws Exception {
        String boundary = "--" + contentType.substring(contentType.indexOf("boundary=") + 9);
        String text = new String(body, StandardCharsets.ISO_8859_1);
        long id = Long.parseLong(part(text, boundary, 1));
        byte[] file = part(text, boundary, 2).getBytes(StandardCharsets.ISO_8859_1);
        String md5 = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(file));
        String fileId = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest((id + md5).getBytes(StandardCharsets.UTF_8)));
        files.get(id).add(fileId);
        return response(0, "Success", id, "<fileId>" + fileId + "</fileId><hash>" + md5 + "</hash>");
    }

    private String fileInfo(String xml) throws Exception {
        documents.add(xml);
        long id = Long.parseLong(parse(xml).getElementsByTagName("reportId").item(0).getTextContent());
        return response(0, "Success", id, "");
    }

    private String finish(long id) {
        state.put(id, "finished");
        StringBuilder ids = new StringBuilder();
        files.get(id).forEach(f -> ids.append("<fileId>").append(f).append("</fileId>"));
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><reportDoneResponse><responseCode>0</responseCode><reportId>"
                + id + "</reportId><files>" + ids + "</files></reportDoneResponse>";
    }

    private String retract(long id) {
        if ("finished".equals(state.get(id))) return response(4200, "report is already finished", id, "");
        state.put(id, "retracted");
        return response(0, "Success", id, "");
    }

    private static String part(String body, String boundary, int index) {
        String p = body.split(java.util.regex.Pattern.quote(boundary))[index];
        return p.substring(p.indexOf("\r\n\r\n") + 4, p.length() - 2);
    }

    private static long formId(byte[] body) {
        return Long.parseLong(new String(body, StandardCharsets.UTF_8).replace("id=", ""));
    }

    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static String response(int code, String description, Long id, String extra) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><reportResponse><responseCode>" + code
                + "</responseCode><responseDescription>" + description + "</responseDescription>"
                + (id == null ? "" : "<reportId>" + id + "</reportId>") + extra + "</reportResponse>";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
