package org.sitrep.store;

/**
 * How much a store holds.
 *
 * @param articles articles stored, coded or skipped
 * @param events   events coded
 * @param problems problems recorded, fatal or not
 * @param mentions actor mentions found
 */
public record StoreCounts(long articles, long events, long problems, long mentions) {

    public StoreCounts {
        if (articles < 0 || events < 0 || problems < 0 || mentions < 0) {
            throw new IllegalArgumentException("negative count");
        }
    }
}
