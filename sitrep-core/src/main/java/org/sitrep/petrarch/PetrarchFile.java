package org.sitrep.petrarch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.sitrep.pipeline.EnvironmentException;

/**
 * What PETRARCH's dictionary files share: UTF-8 lines (older files in Latin-1, read as such when they are not
 * valid UTF-8), {@code #} comments, XML-style comment lines.
 */
final class PetrarchFile {

    private PetrarchFile() {
    }

    static List<String> lines(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String text;
            try {
                text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            } catch (java.nio.charset.CharacterCodingException e) {
                // Dictionaries from the TABARI years are Latin-1; every byte is a Latin-1 character.
                text = new String(bytes, StandardCharsets.ISO_8859_1);
            }
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return text.lines().toList();
        } catch (IOException e) {
            throw new EnvironmentException("cannot read dictionary file " + file, e);
        }
    }

    /**
     * The line without its comment: from the first {@code #} outside square brackets (codes such as
     * {@code [###]} keep theirs), and nothing of a line that is an XML comment or tag.
     */
    static String stripComment(String line) {
        String stripped = line.strip();
        if (stripped.startsWith("<")) {
            return "";
        }
        int depth = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth = Math.max(0, depth - 1);
            } else if (c == '#' && depth == 0) {
                return line.substring(0, i);
            }
        }
        return line;
    }
}
