package no.oslo.styring.platform.testing;

import java.util.concurrent.ThreadLocalRandom;

/** Fresh identities, so that tests share no data and can run in any order, again and again, on the same servers. */
public final class TestIds {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private TestIds() {
    }

    /** A unit code no fixture uses: {@code T} and seven letters or digits. */
    public static String unitCode() {
        StringBuilder code = new StringBuilder("T");
        for (int i = 0; i < 7; i++) {
            code.append(ALPHABET.charAt(ThreadLocalRandom.current().nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** A year no fixture uses (3000–9999), so that its periods are untouched. */
    public static int year() {
        return ThreadLocalRandom.current().nextInt(3000, 10000);
    }
}
