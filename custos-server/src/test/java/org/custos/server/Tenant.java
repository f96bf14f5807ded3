package org.custos.server;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A fresh organisation for one test, with helpers to issue keys of given roles in it. */
record Tenant(UUID id, String name) {
    static Tenant create(String kind) {
        String name = "test " + kind.toLowerCase() + " " + UUID.randomUUID();
        var response = TestServer.operator().post("/v1/organisations",
                Map.of("name", name, "kind", kind, "jurisdiction", "lu"));
        if (response.status() != 201) {
            throw new IllegalStateException("could not create an organisation: " + response);
        }
        return new Tenant(UUID.fromString(response.json().get("id").asString()), name);
    }

    Api key(String... roles) {
        return TestServer.as(issue(roles).get("token").asString());
    }

    tools.jackson.databind.JsonNode issue(String... roles) {
        var response = TestServer.operator().post(keysPath(), Map.of("name", "test key", "roles", List.of(roles)));
        if (response.status() != 201) {
            throw new IllegalStateException("could not issue a key: " + response);
        }
        return response.json();
    }

    String keysPath() {
        return "/v1/organisations/" + id + "/keys";
    }
}
