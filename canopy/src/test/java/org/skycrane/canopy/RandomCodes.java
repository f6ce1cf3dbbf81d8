package org.skycrane.canopy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Random messages and locations for property tests, drawn over the whole allowed range. */
final class RandomCodes {

    private RandomCodes() {
    }

    /** 1 to 3 words of 1 to 6 random letters. */
    static Message message(SplittableRandom random) {
        int count = 1 + random.nextInt(Message.MAX_WORDS);
        List<String> words = new ArrayList<>();
        for (int w = 0; w < count; w++) {
            int length = 1 + random.nextInt(Message.MAX_LETTERS);
            StringBuilder word = new StringBuilder();
            for (int i = 0; i < length; i++) {
                word.append((char) ('A' + random.nextInt(26)));
            }
            words.add(word.toString());
        }
        return new Message(words);
    }

    /** A location anywhere on the globe, poles and antimeridian included. */
    static Location location(SplittableRandom random) {
        int latDeg = random.nextInt(91);
        int lonDeg = random.nextInt(181);
        Dms latitude = latDeg == 90 ? new Dms(90, 0, 0, random.nextBoolean() ? 'N' : 'S')
                : new Dms(latDeg, random.nextInt(60), random.nextInt(60), random.nextBoolean() ? 'N' : 'S');
        Dms longitude = lonDeg == 180 ? new Dms(180, 0, 0, random.nextBoolean() ? 'E' : 'W')
                : new Dms(lonDeg, random.nextInt(60), random.nextInt(60), random.nextBoolean() ? 'E' : 'W');
        return new Location(latitude, longitude);
    }

    static CanopyCode code(SplittableRandom random) {
        return new CanopyCode(message(random), location(random));
    }
}
