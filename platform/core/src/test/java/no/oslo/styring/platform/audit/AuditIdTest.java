package no.oslo.styring.platform.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;

import org.junit.jupiter.api.Test;

/** How the trail names a record's id: as it is, or a composite id's parts in their declared order. */
class AuditIdTest {

    static class Key {
        static final int IGNORED = 9;
        long frameId;
        int version;

        Key(long frameId, int version) {
            this.frameId = frameId;
            this.version = version;
        }
    }

    @Test
    void simpleIdsAsTheyAreCompositeIdsJoinedBySlash() {
        assertEquals("42", AuditInterceptor.idOf(42L));
        assertEquals("HEL", AuditInterceptor.idOf("HEL"));
        UUID id = UUID.randomUUID();
        assertEquals(id.toString(), AuditInterceptor.idOf(id));
        assertEquals("4/3", AuditInterceptor.idOf(new Key(4, 3)));
    }
}
