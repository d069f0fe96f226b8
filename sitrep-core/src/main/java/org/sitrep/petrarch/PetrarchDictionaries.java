package org.sitrep.petrarch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.sitrep.actors.ActorDictionary;
import org.sitrep.actors.DictionaryActorResolver;
import org.sitrep.coding.CameoTable;
import org.sitrep.pipeline.EnvironmentException;
import org.sitrep.pipeline.Pipeline;

/**
 * A set of PETRARCH dictionaries: verbs, actors, agents and discards, read from one folder. Immutable.
 *
 * <p>In a folder, the verb dictionary is the file whose name contains "verbs" (else one named
 * {@code CAMEO*.txt}); actor dictionaries are all files whose names contain "actors", agents those with
 * "agents", discards those with "discards". Sub-folders are not read.
 */
public final class PetrarchDictionaries {

    private final VerbDictionary verbs;
    private final ActorDictionary actors;
    private final Map<String, List<String>> multiCodes;
    private final Discards discards;
    private final List<String> warnings;
    private final String summary;

    private PetrarchDictionaries(VerbDictionary verbs, ActorFiles.Result actors, Discards discards,
                                 List<String> warnings, String summary) {
        this.verbs = verbs;
        this.actors = actors.dictionary();
        this.multiCodes = actors.multiCodes();
        this.discards = discards;
        this.warnings = List.copyOf(warnings);
        this.summary = summary;
    }

    /** Reads the dictionaries of a folder, as described above. */
    public static PetrarchDictionaries load(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("not a folder of PETRARCH dictionaries: " + folder);
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new EnvironmentException("cannot list " + folder, e);
        }
        List<Path> verbFiles = named(files, "verbs");
        if (verbFiles.isEmpty()) {
            verbFiles = files.stream().filter(f -> f.getFileName().toString().startsWith("CAMEO")
                    && f.getFileName().toString().endsWith(".txt")).toList();
        }
        if (verbFiles.size() != 1) {
            throw new IllegalArgumentException(folder + " must hold one verb dictionary (a file named *verbs* or "
                    + "CAMEO*.txt), found " + verbFiles.size());
        }
        List<Path> discardFiles = named(files, "discards");
        return load(verbFiles.get(0), named(files, "actors"), named(files, "agents"), discardFiles);
    }

    /** Reads the given files; {@code discards} may be empty. */
    public static PetrarchDictionaries load(Path verbFile, List<Path> actorFiles, List<Path> agentFiles,
                                            List<Path> discardFiles) {
        Objects.requireNonNull(verbFile, "verbFile");
        for (Path file : concat(List.of(verbFile), actorFiles, agentFiles, discardFiles)) {
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("no such dictionary file: " + file);
            }
        }
        VerbDictionary verbs = VerbDictionary.read(verbFile);
        ActorFiles.Result actors = ActorFiles.read(actorFiles, agentFiles);
        List<String> lines = new ArrayList<>();
        for (Path file : discardFiles) {
            lines.addAll(PetrarchFile.lines(file));
        }
        Discards discards = Discards.parse(lines);
        List<String> warnings = new ArrayList<>(verbs.warnings());
        warnings.addAll(actors.warnings());
        long cameo = verbs.codes().stream().filter(c -> CameoTable.standard().find(c).isPresent()).count();
        String summary = String.format(Locale.ROOT, "PETRARCH dictionaries: %d verb blocks with %d patterns "
                        + "(%s; %d of %d codes are CAMEO codes), %d actors, %d agent terms, %d discard phrases",
                verbs.blocks().size(), verbs.patternCount(), verbFile.getFileName(), cameo, verbs.codes().size(),
                actors.actorCount(), actors.agentCount(), discards.size());
        return new PetrarchDictionaries(verbs, actors, discards, warnings, summary);
    }

    private static List<Path> named(List<Path> files, String part) {
        return files.stream().filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).contains(part)).toList();
    }

    @SafeVarargs
    private static List<Path> concat(List<Path>... lists) {
        List<Path> all = new ArrayList<>();
        for (List<Path> list : lists) {
            all.addAll(list);
        }
        return all;
    }

    public VerbDictionary verbs() {
        return verbs;
    }

    public ActorDictionary actors() {
        return actors;
    }

    public Discards discards() {
        return discards;
    }

    /** A coder over these dictionaries; {@code requireDyad} drops events without a target, as PETRARCH does by default. */
    public PetrarchCoder coder(boolean requireDyad) {
        return new PetrarchCoder(verbs, discards, multiCodes, CameoTable.standard(), requireDyad);
    }

    /** The pipeline {@code base} with these dictionaries and coder in place of sitrep's own. */
    public Pipeline pipeline(Pipeline base) {
        DictionaryActorResolver resolver = new DictionaryActorResolver(actors);
        return base.with(resolver, resolver, coder(true));
    }

    /** Lines that could not be read, with file and line. */
    public List<String> warnings() {
        return warnings;
    }

    /** One line saying what was read. */
    public String summary() {
        return summary;
    }
}
