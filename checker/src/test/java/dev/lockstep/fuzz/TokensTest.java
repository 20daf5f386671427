package dev.lockstep.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The mutators' tokenizer: the text back when joined, literals whole however long. */
class TokensTest {

    @Test
    void joiningTheTokensGivesTheTextBack() {
        String text = "int x = a->b + \"s\\\"t\" /* c */ // d\n\t'\\n' <<= 0x1f;";
        List<String> tokens = Tokens.split(text);
        assertEquals(text, String.join("", tokens));
        assertEquals(List.of("int", " ", "x", " ", "=", " ", "a", "->", "b", " ", "+", " ", "\"s\\\"t\"", " ",
                "/* c */", " ", "// d", "\n\t", "'\\n'", " ", "<<=", " ", "0x1f", ";"), tokens);
    }

    @Test
    void aLiteralOfAMegabyteIsOneToken() {
        String literal = "\"" + "A".repeat(1_000_000) + "\\n\"";
        assertEquals(List.of("x", "=", literal, ";"), Tokens.split("x=" + literal + ";"));
    }
}
