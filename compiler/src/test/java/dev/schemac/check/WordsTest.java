package dev.schemac.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordsTest {

    @ParameterizedTest
    @CsvSource({"users,true,user", "categories,true,category", "boxes,true,box", "people,true,person",
            "wolves,true,wolf", "status,false,status", "address,false,address", "analysis,false,analysis",
            "news,false,news", "series,false,series", "user,false,user", "bus,false,bus", "analytics,false,analytics",
            "species,false,species", "data,false,data", "lens,false,lens", "canvas,false,canvas", "physics,false,physics",
            "statistics,false,statistics", "gps,false,gps", "sms,false,sms", "mes,false,mes", "pais,false,pais",
            "haus,false,haus", "preis,false,preis", "photos,true,photo", "ideas,true,idea", "ads,true,ad",
            "pedidos,true,pedido", "rechnungs,true,rechnung", "metrics,true,metric"})
    void pluralsAndTheirSingulars(String word, boolean plural, String singular) {
        assertThat(Words.isPlural(word)).isEqualTo(plural);
        assertThat(Words.singular(word)).isEqualTo(singular);
    }

    @ParameterizedTest
    @CsvSource({"customerEmail,customer|email", "order_item,order|item", "HTTPRequest,http|request", "phone1,phone1"})
    void wordsOfAnIdentifier(String identifier, String words) {
        assertThat(String.join("|", Words.of(identifier))).isEqualTo(words);
    }

    @ParameterizedTest
    @CsvSource({"__order__item_,order|item", "a__b,a|b", "_,''", "'',''"})
    void runsOfUnderscoresSeparateWordsAndNoWordIsEmpty(String identifier, String words) {
        assertThat(String.join("|", Words.of(identifier))).isEqualTo(words);
    }

    /**
     * isSnake reads by hand what this pattern says: every short string over the characters that matter agrees.
     * Snake case is judged by letter case, not by alphabet: a lower-case {@code é} is a letter of it, a capital
     * {@code É} is not, as {@code A} is not.
     */
    @Test
    void snakeCaseIsExactlyThePattern() {
        Pattern snake = Pattern.compile("[a-zé][a-zé0-9]*(_[a-zé0-9]+)*");
        char[] alphabet = {'a', 'z', '0', '9', '_', 'A', '-', 'é', 'É'};
        List<String> all = new ArrayList<>(List.of(""));
        int checked = 0;
        for (int length = 1; length <= 5; length++) {
            List<String> longer = new ArrayList<>();
            for (String s : all) if (s.length() == length - 1) for (char c : alphabet) longer.add(s + c);
            all.addAll(longer);
        }
        for (String s : all) {
            assertThat(Words.isSnake(s)).as(s).isEqualTo(snake.matcher(s).matches());
            checked++;
        }
        assertThat(checked).isGreaterThan(30_000);
    }
}
