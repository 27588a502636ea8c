package no.oslo.styring.deploy;

final class JsonNodeAssert {

    private JsonNodeAssert() {
    }

    static void exists(Chart.Rendered rendered, String kind, String name) {
        if (rendered.find(kind, name).isEmpty()) {
            throw new AssertionError("expected " + kind + "/" + name + " among " + rendered.names());
        }
    }
}
