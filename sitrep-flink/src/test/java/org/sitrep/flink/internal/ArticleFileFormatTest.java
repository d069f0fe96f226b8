package org.sitrep.flink.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.FileSourceSplit;
import org.apache.flink.connector.file.src.reader.BulkFormat;
import org.apache.flink.connector.file.src.util.CheckpointedPosition;
import org.apache.flink.connector.file.src.util.RecordAndPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.ingest.ReadOptions;
import org.sitrep.model.Problem;
import org.sitrep.pipeline.Input;

class ArticleFileFormatTest {

    @TempDir
    Path folder;

    private final ArticleFileFormat format = new ArticleFileFormat(ReadOptions.defaults());

    private FileSourceSplit split(Path file) throws IOException {
        long size = Files.size(file);
        return new FileSourceSplit("0", new org.apache.flink.core.fs.Path(file.toUri()), 0, size,
                Files.getLastModifiedTime(file).toMillis(), size);
    }

    private Path fiveLines() throws IOException {
        Path file = folder.resolve("wire.jsonl");
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            lines.add("{\"title\": \"Report " + i + "\", \"text\": \"Norland thanked Vallonia, item " + i + ".\"}");
        }
        lines.set(2, "{\"title\": broken");
        Files.write(file, lines);
        return file;
    }

    private static List<RecordAndPosition<String>> readAll(BulkFormat.Reader<String> reader) throws IOException {
        List<RecordAndPosition<String>> all = new ArrayList<>();
        BulkFormat.RecordIterator<String> batch;
        while ((batch = reader.readBatch()) != null) {
            RecordAndPosition<String> record;
            while ((record = batch.next()) != null) {
                all.add(new RecordAndPosition<>(record.getRecord(), record.getOffset(), record.getRecordSkipCount()));
            }
            batch.releaseBatch();
        }
        reader.close();
        return all;
    }

    @Test
    void readsEveryRecordOfAFileWithTheReadersOriginsAndProblems() throws IOException {
        Path file = fiveLines();
        List<RecordAndPosition<String>> records = readAll(format.createReader(new Configuration(), split(file)));

        assertEquals(5, records.size());
        for (int i = 0; i < 5; i++) {
            assertEquals(i + 1, records.get(i).getRecordSkipCount(), "position counts records up to this one");
        }
        Input third = InputCodec.decode(records.get(2).getRecord());
        assertInstanceOf(Input.Unreadable.class, third);
        assertEquals(Problem.Kind.MALFORMED_RECORD, ((Input.Unreadable) third).problem().kind());
        assertEquals(file + ":3", third.origin());
        assertEquals(file + ":5", InputCodec.decode(records.get(4).getRecord()).origin());
    }

    @Test
    void aRestoredReaderGoesOnAfterTheLastCheckpointedRecord() throws IOException {
        Path file = fiveLines();
        FileSourceSplit restored = split(file)
                .updateWithCheckpointedPosition(new CheckpointedPosition(CheckpointedPosition.NO_OFFSET, 3));
        List<RecordAndPosition<String>> records = readAll(format.restoreReader(new Configuration(), restored));

        assertEquals(2, records.size());
        assertEquals(file + ":4", InputCodec.decode(records.get(0).getRecord()).origin());
        assertEquals(4, records.get(0).getRecordSkipCount());
        assertEquals(5, records.get(1).getRecordSkipCount());
    }

    @Test
    void aFileOnAnotherFileSystemIsAProblemNotAFailure() throws IOException {
        FileSourceSplit remote = new FileSourceSplit("0", new org.apache.flink.core.fs.Path("s3://bucket/a.jsonl"),
                0, 10, 0, 10);
        List<RecordAndPosition<String>> records = readAll(format.createReader(new Configuration(), remote));

        assertEquals(1, records.size());
        Input input = InputCodec.decode(records.get(0).getRecord());
        assertEquals(Problem.Kind.FAILURE, ((Input.Unreadable) input).problem().kind());
    }
}
