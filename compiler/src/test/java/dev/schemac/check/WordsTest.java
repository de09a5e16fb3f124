package dev.schemac.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordsTest {

    @ParameterizedTest
    @CsvSource({"users,true,user", "categories,true,category", "boxes,true,box", "people,true,person",
            "wolves,true,wolf", "status,false,status", "address,false,address", "analysis,false,analysis",
            "news,false,news", "series,false,series", "user,false,user", "bus,false,bus", "analytics,false,analytics"})
    void pluralsAndTheirSingulars(String word, boolean plural, String singular) {
        assertThat(Words.isPlural(word)).isEqualTo(plural);
        assertThat(Words.singular(word)).isEqualTo(singular);
    }

    @ParameterizedTest
    @CsvSource({"customerEmail,customer|email", "order_item,order|item", "HTTPRequest,http|request", "phone1,phone1"})
    void wordsOfAnIdentifier(String identifier, String words) {
        assertThat(String.join("|", Words.of(identifier))).isEqualTo(words);
    }
}
