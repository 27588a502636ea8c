package no.oslo.styring.e2e;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** Tokens from the real Keycloak, checked by quarkus-oidc in the running services. */
class RealTokenTest {

    @Test
    void theRealmGivesEachLocalUserItsRoleAndUnit() throws Exception {
        JsonNode admin = Stack.claims(Stack.token("admin-hls"));
        assertTrue(admin.path("realm_access").path("roles").toString().contains("\"department\""), admin.toString());
        assertEquals("HLS", admin.path("unit").asText());
        assertTrue(admin.path("aud").toString().contains("styring-api"));
        JsonNode alna = Stack.claims(Stack.token("rapportor-alna"));
        assertTrue(alna.path("realm_access").path("roles").toString().contains("\"reporter\""));
        assertEquals("030112", alna.path("unit").asText());
        JsonNode reader = Stack.claims(Stack.token("leser"));
        assertTrue(reader.path("realm_access").path("roles").toString().contains("\"reader\""));
    }

    @Test
    void everyServiceChecksTheRealTokens() {
        String reader = Stack.token("leser");
        for (String service : new String[]{"budget", "indicator", "climate"}) {
            Stack.at(service).auth().oauth2(reader).get("/api/v1/period-reports/2024-Y").then().statusCode(200);
            Stack.at(service).get("/api/v1/period-reports/2024-Y").then().statusCode(401)
                    .contentType("application/problem+json");
            Stack.at(service).auth().oauth2(reader + "x").get("/api/v1/period-reports/2024-Y").then().statusCode(401);
            Stack.at(service).get("/q/health/ready").then().statusCode(200);
        }
        Stack.at("assignment").auth().oauth2(reader).get("/api/v1/units/030112").then().statusCode(200)
                .body("name", equalTo("Bydel Alna"));
        Stack.at("assignment").auth().oauth2(Stack.token("rapportor-hel")).post("/api/v1/periods/2024-Y/close")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void aReporterWritesForItsOwnUnitOnly() {
        String alna = Stack.token("rapportor-alna");
        Stack.at("budget").auth().oauth2(alna).contentType("application/json")
                .body("{\"unit\":\"HEL\",\"periodId\":\"2025-M03\",\"actualsToDate\":1,\"yearEndForecast\":1}")
                .post("/api/v1/budget-status").then().statusCode(403).contentType("application/problem+json");
        Stack.at("budget").auth().oauth2(alna).contentType("application/json")
                .body("{\"unit\":\"030112\",\"periodId\":\"2025-M03\",\"actualsToDate\":1,\"yearEndForecast\":1}")
                .post("/api/v1/budget-status").then().statusCode(201);
        Stack.at("budget").auth().oauth2(alna).queryParam("unit", "HEL").queryParam("period", "2025-M03")
                .get("/api/v1/budget-status").then().statusCode(403);
    }
}
