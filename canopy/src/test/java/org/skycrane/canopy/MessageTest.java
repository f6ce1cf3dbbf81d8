package org.skycrane.canopy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageTest {

    @Test
    void wordsAreSplitOnWhiteSpaceAndUpperCased() {
        Message message = Message.parse("  Dare\tmighty   things ");
        assertThat(message.words()).containsExactly("DARE", "MIGHTY", "THINGS");
        assertThat(message).hasToString("DARE MIGHTY THINGS");
    }

    @Test
    void fourWordsAreRejectedNamingTheLimitOfThree() {
        assertThatThrownBy(() -> Message.parse("DARE MIGHTY THINGS TODAY"))
                .isInstanceOf(CanopyException.class)
                .hasMessageContaining("message")
                .hasMessageContaining("4 words")
                .hasMessageContaining("at most 3");
    }

    @Test
    void aSevenLetterWordIsRejectedNamingTheLimitOfSix() {
        assertThatThrownBy(() -> Message.parse("DARE MIGHTIER"))
                .isInstanceOf(CanopyException.class)
                .hasMessageContaining("MIGHTIER")
                .hasMessageContaining("at most 6");
    }

    @Test
    void aCharacterOutsideAToZIsRejectedAndNamed() {
        assertThatThrownBy(() -> Message.parse("MARS 2020"))
                .isInstanceOf(CanopyException.class)
                .hasMessageContaining("'2'")
                .hasMessageContaining("A-Z");
        assertThatThrownBy(() -> Message.parse("ÉTÉ"))
                .isInstanceOf(CanopyException.class)
                .hasMessageContaining("'É'");
    }

    @Test
    void anEmptyMessageIsRejected() {
        assertThatThrownBy(() -> Message.parse("   "))
                .isInstanceOf(CanopyException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void theWordListIsACopy() {
        List<String> words = new ArrayList<>(List.of("GO"));
        Message message = new Message(words);
        words.add("AWAY");
        assertThat(message.words()).containsExactly("GO");
    }
}
