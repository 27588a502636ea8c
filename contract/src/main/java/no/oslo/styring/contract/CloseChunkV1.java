package no.oslo.styring.contract;

/**
 * Data of {@code no.oslo.styring.close.chunk.v1}: one chunk of a reporting service's period close, to be written by
 * whichever replica of that service takes it. The chunk's units and their report revisions were fixed when the close was
 * planned, in the service's own database; the event only names the chunk.
 */
public record CloseChunkV1(
        String service,
        String periodId,
        int closeRevision,
        int chunk,
        int chunks) {
}
