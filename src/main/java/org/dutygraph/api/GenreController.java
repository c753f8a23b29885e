package org.dutygraph.api;

import org.dutygraph.genre.RoleWords;
import org.dutygraph.model.Role;
import org.dutygraph.genre.ScopeWords;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import java.util.Arrays;
import java.util.List;

/** GraphQL: the genre's vocabulary, so that clients (the page) highlight the same words the reader reads. */
@Controller
class GenreController {

    record Genre(List<RoleWord> roleWords, List<String> scopeWords, List<String> levelWords, List<RoleName> roles) {
    }

    /** A role and the word that names it where people read it (the page's labels). */
    record RoleName(Role role, String word) {
    }

    record RoleWord(String word, String kind, String effect) {
    }

    @QueryMapping
    Genre genre() {
        return new Genre(RoleWords.ALL.stream().map(w -> new RoleWord(w.word(), w.kind().name(), w.effect().name())).toList(),
                ScopeWords.TERRITORY, ScopeWords.LEVEL,
                Arrays.stream(Role.values()).map(r -> new RoleName(r, r.word())).toList());
    }
}
