package org.skycrane.cli;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import javax.imageio.ImageIO;
import org.skycrane.InputException;
import org.skycrane.canopy.CanopyCode;
import org.skycrane.canopy.CanopyDecoder;
import org.skycrane.canopy.CanopyException;
import org.skycrane.canopy.CanopyImageReader;
import org.skycrane.canopy.CanopyText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** {@code skycrane parachute decode}: the message and location on a canopy, from a text pattern or a picture. */
@Command(name = "decode",
        description = {"Read the message and the location from a canopy pattern: a text file (4 lines of 80 R/W or 1/0, "
                + "innermost ring first, any rotation) or a PNG or JPEG picture of the canopy seen from below.",
            "Prints the message on the first line and the location on the second."},
        mixinStandardHelpOptions = true)
public final class ParachuteDecodeCommand implements Callable<Integer> {

    /** Decimal places of the degrees in JSON: 1e-6° is about 0.1 m, finer than the canopy's 1″ (about 30 m). */
    private static final int JSON_DECIMALS = 6;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "Text pattern or picture (PNG, JPEG).")
    Path file;

    @Option(names = "--json", description = "Print {\"message\", \"location\": {\"text\", \"lat_deg\", \"lon_deg\"}}; "
            + "south and west negative.")
    boolean json;

    @Override
    public Integer call() {
        CanopyCode code = decode(file);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonMapper mapper = JsonMapper.builder().build();
            ObjectNode root = mapper.createObjectNode();
            root.put("message", code.message().toString());
            ObjectNode location = root.putObject("location");
            location.put("text", code.location().toString());
            location.put("lat_deg", degrees(code.location().latitudeDeg()));
            location.put("lon_deg", degrees(code.location().longitudeDeg()));
            out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root));
        } else {
            out.println(code.message());
            out.println(code.location());
        }
        out.flush();
        return 0;
    }

    /** The code in a text pattern or a picture; errors name the file. */
    static CanopyCode decode(Path file) {
        String name = file.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputException(name, 0, null, "no such file");
        } catch (IOException e) {
            throw new InputException(name, 0, null, Files.isDirectory(file) ? "is a directory, not a file"
                    : "cannot read the file: " + e, e);
        }
        try {
            if (isPicture(bytes)) {
                return CanopyImageReader.read(picture(name, bytes));
            }
            return CanopyDecoder.decode(CanopyText.parse(text(name, bytes), name));
        } catch (CanopyException e) {
            if (e.source() != null) {
                throw new InputException(e.source(), e.line(), e.field(), e.problem(), e);
            }
            throw new InputException(name, 0, null, e.getMessage(), e);
        }
    }

    /** PNG, JPEG, GIF or BMP, from the file's first bytes. */
    private static boolean isPicture(byte[] b) {
        return startsWith(b, 0x89, 'P', 'N', 'G') || startsWith(b, 0xff, 0xd8, 0xff) || startsWith(b, 'G', 'I', 'F', '8')
                || startsWith(b, 'B', 'M');
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static BufferedImage picture(String name, byte[] bytes) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            if (image == null) {
                throw new InputException(name, 0, null, "not a picture this program can read (PNG or JPEG)");
            }
            return image;
        } catch (IOException e) {
            throw new InputException(name, 0, null, "cannot read the picture: " + e.getMessage(), e);
        }
    }

    private static String text(String name, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InputException(name, 0, null, "neither a picture (PNG, JPEG) nor a text pattern (not UTF-8 text)");
        }
    }

    private static BigDecimal degrees(double value) {
        return BigDecimal.valueOf(value).setScale(JSON_DECIMALS, RoundingMode.HALF_EVEN).stripTrailingZeros();
    }
}
