package no.oslo.styring.portal.letter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * The letter as a PDF, laid out from the letter's print HTML (XHTML with a print stylesheet: A4, page numbers, tables
 * kept whole where they fit) by openhtmltopdf on PDFBox. DejaVu Sans is embedded (Oslo Sans exists only as web fonts),
 * so the PDF reads the same everywhere and has every character the letters use (æøå, the minus sign −). Plain Java.
 */
public final class PdfRenderer {

    /** The embedded fonts on the class path ({@code pdf-fonts/}, copied from npm by the build): file, weight, style. */
    private static final Object[][] FONTS = {{"DejaVuSans.ttf", 400, BaseRendererBuilder.FontStyle.NORMAL},
            {"DejaVuSans-Bold.ttf", 700, BaseRendererBuilder.FontStyle.NORMAL},
            {"DejaVuSans-Oblique.ttf", 400, BaseRendererBuilder.FontStyle.ITALIC}};
    public static final String FONT_FAMILY = "DejaVu Sans";
    /** The fonts' bytes, read once. */
    private static final java.util.Map<String, byte[]> FONT_BYTES = new java.util.concurrent.ConcurrentHashMap<>();

    private PdfRenderer() {
    }

    /** Renders well-formed XHTML to PDF bytes. */
    public static byte[] render(String xhtml, String title) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            for (Object[] font : FONTS) {
                byte[] bytes = FONT_BYTES.computeIfAbsent((String) font[0], PdfRenderer::read);
                builder.useFont(() -> new java.io.ByteArrayInputStream(bytes), FONT_FAMILY, (Integer) font[1],
                        (BaseRendererBuilder.FontStyle) font[2], true);
            }
            builder.withProducer("Styring");
            builder.withHtmlContent(xhtml, "/");
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the PDF of " + title + " could not be made", e);
        }
    }

    private static byte[] read(String file) {
        try (InputStream in = PdfRenderer.class.getResourceAsStream("/pdf-fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException(file + " is not on the class path (the portal's build copies it from npm)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
