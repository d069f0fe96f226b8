package org.sitrep.export.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ActorTextTest {

    @Test
    void actorWordsLoseTrailingAndLeadingPunctuation() {
        assertEquals("Obama", ActorText.clean("Obama,"));
        assertEquals("the Kestrian army", ActorText.clean("\"the Kestrian army\","));
        assertEquals("Norland's minister", ActorText.clean("Norland's minister;"));
        assertEquals("al-Qaeda", ActorText.clean("al-Qaeda"));
        assertNull(ActorText.clean(null));
    }

    @Test
    void abbreviationsKeepTheirLastStop() {
        assertEquals("the U.S.", ActorText.clean("the U.S.,"));
        assertEquals("U.N.", ActorText.clean("U.N."));
        assertEquals("Vallonia", ActorText.clean("Vallonia."));
    }

    @Test
    void mentionSourceNameIsTheDomainOfTheAddress() {
        assertEquals(Optional.of("norland-news.example"),
                GdeltMentionWriter.domain("https://www.Norland-News.example/a/b?c=1"));
        assertEquals(Optional.of("news.example.org"), GdeltMentionWriter.domain("http://news.example.org:8080/x"));
        assertEquals(Optional.of("odd.example"), GdeltMentionWriter.domain("https://odd.example/a path|with bars"));
        assertEquals(Optional.empty(), GdeltMentionWriter.domain(""));
        assertEquals(Optional.empty(), GdeltMentionWriter.domain("not a url"));
    }
}
