package org.sitrep.flink.internal;

import java.io.IOException;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.List;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.FileSourceSplit;
import org.apache.flink.connector.file.src.reader.BulkFormat;
import org.apache.flink.connector.file.src.util.CheckpointedPosition;
import org.apache.flink.connector.file.src.util.RecordAndPosition;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.ingest.ReadOptions;
import org.sitrep.model.Problem;
import org.sitrep.pipeline.Input;

/**
 * Reads each file of a {@link org.apache.flink.connector.file.src.FileSource} with sitrep's own
 * {@link ArticleReader}, so formats, origins and problems are exactly those of {@code sitrep ingest}. Emits
 * {@link InputCodec encoded} inputs, a batch at a time, streaming large JSON Lines files.
 *
 * <p>Files are not split (a JSON document or gzip stream cannot be cut). The position of a record is the
 * number of inputs read from its file up to and including it; after a restore, that many are read again and
 * dropped, so no input is emitted twice. Only the local file system (or a mount shared by every
 * TaskManager) is read: {@link ArticleReader} works on {@link java.nio.file.Path}s.
 */
public final class ArticleFileFormat implements BulkFormat<String, FileSourceSplit> {

    private static final long serialVersionUID = 1L;

    /** Inputs handed over per batch: small, since coding one input costs far more than reading it. */
    private static final int BATCH = 16;

    /** The parts of {@link ReadOptions}, which is not serializable. */
    private final LocalDate defaultDate;
    private final int maxChars;

    public ArticleFileFormat(ReadOptions options) {
        this.defaultDate = options.defaultDate();
        this.maxChars = options.maxChars();
    }

    @Override
    public Reader<String> createReader(Configuration config, FileSourceSplit split) throws IOException {
        return new FileReader(split, 0);
    }

    @Override
    public Reader<String> restoreReader(Configuration config, FileSourceSplit split) throws IOException {
        long done = split.getReaderPosition().map(CheckpointedPosition::getRecordsAfterOffset).orElse(0L);
        return new FileReader(split, done);
    }

    @Override
    public boolean isSplittable() {
        return false;
    }

    @Override
    public TypeInformation<String> getProducedType() {
        return Types.STRING;
    }

    private final class FileReader implements Reader<String> {
        private final String origin;
        private final ArticleReader reader;
        private Input pending;
        private long emitted;

        FileReader(FileSourceSplit split, long alreadyEmitted) {
            org.apache.flink.core.fs.Path path = split.path();
            String scheme = path.toUri().getScheme();
            this.origin = path.toUri().getPath();
            if (scheme == null || "file".equals(scheme)) {
                this.reader = ArticleReader.open(List.of(Paths.get(origin)),
                        new ReadOptions(defaultDate, maxChars));
            } else {
                // A record of the problem, not a failed job: other files go on being read.
                this.reader = null;
                this.pending = new Input.Unreadable(new Problem(Problem.Kind.FAILURE, path.toString(),
                        "only local or mounted file systems are read; not " + scheme));
            }
            for (long i = 0; i < alreadyEmitted && next() != null; i++) {
                emitted++;
            }
        }

        private Input next() {
            if (pending != null) {
                Input input = pending;
                pending = null;
                return input;
            }
            return reader != null && reader.hasNext() ? reader.next() : null;
        }

        @Override
        public RecordIterator<String> readBatch() {
            String[] records = new String[BATCH];
            int count = 0;
            Input input;
            while (count < BATCH && (input = next()) != null) {
                records[count++] = InputCodec.encode(input);
            }
            if (count == 0) {
                return null;
            }
            long before = emitted;
            emitted += count;
            return new Batch(records, count, before);
        }

        @Override
        public void close() {
            if (reader != null) {
                reader.close();
            }
        }

        private final class Batch implements RecordIterator<String> {
            private final String[] records;
            private final int count;
            private int index;

            private final long before;

            Batch(String[] records, int count, long before) {
                this.records = records;
                this.count = count;
                this.before = before;
            }

            @Override
            public RecordAndPosition<String> next() {
                if (index == count) {
                    return null;
                }
                long position = before + index + 1;
                return new RecordAndPosition<>(records[index++], CheckpointedPosition.NO_OFFSET, position);
            }

            @Override
            public void releaseBatch() {
            }
        }
    }
}
