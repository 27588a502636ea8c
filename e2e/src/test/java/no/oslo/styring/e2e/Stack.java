package no.oslo.styring.e2e;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.specification.RequestSpecification;

/** The running suite: service addresses, real tokens from its Keycloak, and control of its Kafka broker. */
final class Stack {

    static final String PASSWORD = "styring";

    private Stack() {
    }

    static String url(String service) {
        String url = System.getProperty("styring.e2e." + service);
        if (url == null) {
            throw new IllegalStateException(
                    "-Dstyring.e2e." + service + " is not set (run the e2e tests through ./styring test)");
        }
        return url;
    }

    /** A request to one service. */
    static RequestSpecification at(String service) {
        return given().baseUri(url(service));
    }

    /** An access token from the real Keycloak (password grant on the public client styring-cli). */
    static String token(String user) {
        return given().baseUri(url("keycloak")).formParam("grant_type", "password").formParam("client_id", "styring-cli")
                .formParam("username", user).formParam("password", PASSWORD)
                .post("/realms/styring/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    /** The claims of a JWT (no signature check: the services do that). */
    static JsonNode claims(String jwt) throws IOException {
        String payload = jwt.split("\\.")[1];
        return new ObjectMapper().readTree(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
    }

    /** Stops or starts the stack's Kafka broker. */
    static void kafka(String action) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(System.getProperty("styring.e2e.kafka-control").split(" ")));
        command.add(action);
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().putAll(Map.of("STYRING_INSTANCE", "test"));
        int exit = builder.start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException(command + " exited with " + exit);
        }
    }
}
