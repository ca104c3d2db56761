package org.ssbfem.solver.casefile;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ssbfem.mesh.InputError;

/**
 * Reads a YAML case file into a {@link CaseNode} tree that keeps line numbers, and writes the
 * resolved case (defaults filled in) back as YAML.
 */
public final class CaseReader {
    private static final YAMLFactory YAML = new YAMLFactory();

    private CaseReader() {
    }

    /**
     * @param file a YAML case file
     * @return the root mapping
     * @throws InputError when the file is missing, is not valid YAML, or is not a mapping
     */
    public static CaseNode read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InputError(file.toString(), "case file not found", "check the path (cases/ holds the examples)");
        }
        String name = file.toString();
        try (JsonParser p = YAML.createParser(file.toFile())) {
            JsonToken t = p.nextToken();
            if (t != JsonToken.START_OBJECT) {
                throw new InputError(name, "a case file is a YAML mapping of keys (study:, microstructure:, ...)",
                        "see cases/README.md for the format");
            }
            CaseNode root = readValue(p, name, "");
            if (p.nextToken() != null) {
                throw new InputError(name + ":" + line(p), "unexpected content after the case", "remove it");
            }
            return root;
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new InputError(name + ":" + line, "not valid YAML: " + e.getOriginalMessage(),
                    "fix the indentation or quoting at that line", e);
        } catch (IOException e) {
            throw new InputError(name, "cannot read: " + e.getMessage(), "check the file permissions", e);
        }
    }

    private static CaseNode readValue(JsonParser p, String file, String path) throws IOException {
        int line = line(p);
        switch (p.currentToken()) {
            case START_OBJECT: {
                CaseNode m = CaseNode.mapping(file, line, path);
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    p.nextToken();
                    m.put(key, readValue(p, file, m.childPath(key)));
                }
                return m;
            }
            case START_ARRAY: {
                CaseNode l = CaseNode.sequence(file, line, path);
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    l.addItem(readValue(p, file, path + "[" + i++ + "]"));
                }
                return l;
            }
            case VALUE_NUMBER_INT:
                return CaseNode.scalar(file, line, path, p.getLongValue());
            case VALUE_NUMBER_FLOAT:
                return CaseNode.scalar(file, line, path, p.getDoubleValue());
            case VALUE_TRUE:
                return CaseNode.scalar(file, line, path, Boolean.TRUE);
            case VALUE_FALSE:
                return CaseNode.scalar(file, line, path, Boolean.FALSE);
            case VALUE_NULL:
                throw new InputError(file + ":" + line + " (" + path + ")", "has no value", "give a value or remove the key");
            default:
                return CaseNode.scalar(file, line, path, p.getText());
        }
    }

    private static int line(JsonParser p) {
        return p.currentTokenLocation().getLineNr();
    }

    /** Writes {@code root} (with defaults filled in) as YAML to {@code out}. */
    public static void writeResolved(CaseNode root, Path out) throws IOException {
        new YAMLMapper().writeValue(out.toFile(), root.toPlain());
    }
}
