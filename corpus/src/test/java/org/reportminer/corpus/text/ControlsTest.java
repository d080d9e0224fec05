package org.reportminer.corpus.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ControlsTest {
    @Test
    void escBelDelAndC1AreControlsButHanAndSpacesAreNot() {
        for (int c : new int[] {0x1B, 0x07, 0x00, 0x7F, 0x85, 0x9B}) {
            assertTrue(Controls.isControl(c), Integer.toHexString(c));
        }
        for (int c : new int[] {'a', ' ', '青', 0x3000, 0xA0}) {
            assertFalse(Controls.isControl(c), Integer.toHexString(c));
        }
    }

    @Test
    void bidiOverridesAndIsolatesAreFormatCharacters() {
        for (int c : new int[] {0x202E, 0x202A, 0x2066, 0x2069, 0x200F, 0x061C}) {
            assertTrue(Controls.isBidiFormat(c), Integer.toHexString(c));
        }
        assertFalse(Controls.isBidiFormat(0x2028));
    }

    @Test
    void aTerminalKeepsLineBreaksAndTabsButNothingElseInvisible() {
        assertFalse(Controls.isUnsafeOnTerminal('\n'));
        assertFalse(Controls.isUnsafeOnTerminal('\t'));
        assertTrue(Controls.isUnsafeOnTerminal(0x1B));
        assertTrue(Controls.isUnsafeOnTerminal(0x202E));
        assertFalse(Controls.isUnsafeOnTerminal('整'));
    }
}
