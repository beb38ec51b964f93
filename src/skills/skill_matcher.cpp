#include "rungs/skill_matcher.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "skills/match_text.h"

namespace rungs {
namespace {

// Whether `word` is `known` (lower case) in any case.
bool same_word(std::string_view word, std::string_view known) {
  return word.size() == known.size() &&
         std::equal(word.begin(), word.end(), known.begin(),
                    [](char a, char b) { return std::tolower(static_cast<unsigned char>(a)) == b; });
}

// True when the text between two names only separates items of a list: commas, slashes and such,
// spaces and the words of "Java and Go", "Kafka with Go", "Go, PostgreSQL or gRPC".
bool is_list_gap(std::string_view gap) {
  constexpr std::size_t kMaxGap = 24;
  constexpr std::array<std::string_view, 8> kWords = {"and", "or", "with", "in", "using", "on", "plus", "via"};
  if (gap.size() > kMaxGap) return false;
  std::size_t i = 0;
  while (i < gap.size()) {
    char c = gap[i];
    if (std::isalnum(static_cast<unsigned char>(c))) {
      std::size_t start = i;
      while (i < gap.size() && std::isalnum(static_cast<unsigned char>(gap[i]))) ++i;
      std::string_view word = gap.substr(start, i - start);
      if (std::none_of(kWords.begin(), kWords.end(), [word](std::string_view k) { return same_word(word, k); })) return false;
      continue;
    }
    // Not ';': in prose it ends a clause ("clinic onboarding; swift decisions").
    if (std::string_view(" \t,/|&()[]+:-").find(c) == std::string_view::npos) return false;
    ++i;
  }
  return true;
}

bool is_word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '.' || c == '+' || c == '#'; }

// A capitalised ambiguous name used as a technology in prose, which no ordinary word is:
// "services in Go", "using Celery", "applied through Atlantis", "with Polly retries", "on Oracle
// 19c", "a Go service", "Rust code". The capital matters ("Go" is checked, "go" never), so the text must be the
// original (find() returns it for ASCII lines); a season ("in Spring 2023") is not a version.
bool used_as_technology(std::string_view text, const SkillHit& h) {
  if (h.begin >= text.size() || !std::isupper(static_cast<unsigned char>(text[h.begin]))) return false;
  std::size_t b = h.begin;
  while (b > 0 && text[b - 1] == ' ') --b;
  std::size_t a = b;
  while (a > 0 && std::isalpha(static_cast<unsigned char>(text[a - 1]))) --a;
  std::string_view before = text.substr(a, b - a);
  std::size_t c = h.end;
  while (c < text.size() && text[c] == ' ') ++c;
  std::size_t d = c;
  while (d < text.size() && is_word_char(text[d])) ++d;
  std::string_view after = text.substr(c, d - c);
  while (!after.empty() && after.back() == '.') after.remove_suffix(1);
  if (c == h.end && !after.empty()) return false;  // joined to what follows
  constexpr std::array<std::string_view, 9> kBefore = {"in", "using", "with", "on", "via", "through", "to", "from", "into"};
  const bool technology_before = std::any_of(kBefore.begin(), kBefore.end(), [&](std::string_view w) { return same_word(before, w); });
  constexpr std::array<std::string_view, 38> kAfter = {
      "service", "services", "microservice", "microservices", "api", "apis", "backend", "code", "codebase",
      "library", "libraries", "sdk", "client", "clients", "server", "servers", "worker", "workers",
      "module", "modules", "app", "application", "workflows", "tasks", "tests", "test", "specs", "suite",
      "suites", "cli", "tool", "tools", "tooling", "script", "scripts", "plugin", "plugins", "crate"};
  const bool noun_after = std::any_of(kAfter.begin(), kAfter.end(), [&](std::string_view w) { return same_word(after, w); });
  // "Go 1.21", "Oracle 19c"; not a year ("in Spring 2023") nor a measure joined to its unit ("the
  // Zestmart Express 10-minute promise", "a Go 5-star rating").
  const bool measure = d + 1 < text.size() && text[d] == '-' && std::isalpha(static_cast<unsigned char>(text[d + 1]));
  const bool version_after = !after.empty() && std::isdigit(static_cast<unsigned char>(after.front())) && !measure &&
                             !(after.size() == 4 && (after.starts_with("19") || after.starts_with("20")));
  return technology_before || noun_after || version_after;
}

// An ambiguous name that begins a proper noun names a company, product or team, not the tool:
// "Athena Life Insurance", "Oracle Health", "Express Checkout", "Go Digit". It is followed by a
// capitalised word (three letters or more, lower case after: not "Oracle SQL", not "Go 1.21");
// "Oracle Database" and "Spring Batch" are skills of their own, found whole before this is asked.
bool begins_proper_noun(std::string_view text, const SkillHit& h) {
  if (h.end >= text.size() || text[h.end] != ' ') return false;
  std::size_t b = h.end + 1, e = b;
  while (e < text.size() && std::isalpha(static_cast<unsigned char>(text[e]))) ++e;
  if (e - b < 3 || !std::isupper(static_cast<unsigned char>(text[b]))) return false;
  for (std::size_t k = b + 1; k < e; ++k) {
    if (!std::islower(static_cast<unsigned char>(text[k]))) return false;
  }
  return true;
}
// Whether the word before `at` (skipping spaces) is one of `words`, in any case.
bool word_before_is(std::string_view text, std::size_t at, std::initializer_list<std::string_view> words) {
  std::size_t b = at;
  while (b > 0 && text[b - 1] == ' ') --b;
  std::size_t a = b;
  while (a > 0 && std::isalpha(static_cast<unsigned char>(text[a - 1]))) --a;
  std::string_view before = text.substr(a, b - a);
  return std::any_of(words.begin(), words.end(), [&](std::string_view w) { return same_word(before, w); });
}

// Where `lower` (lower case) occurs in `text` in any case, from `from` on; npos when it does not.
std::size_t find_any_case(std::string_view text, std::string_view lower, std::size_t from = 0) {
  if (from > text.size()) return std::string_view::npos;
  auto it = std::search(text.begin() + static_cast<std::ptrdiff_t>(from), text.end(), lower.begin(), lower.end(),
                        [](char a, char b) { return std::tolower(static_cast<unsigned char>(a)) == b; });
  return it == text.end() ? std::string_view::npos : static_cast<std::size_t>(it - text.begin());
}

// Removes the hits whose `drop` is set, keeping the others in order.
void remove_dropped(std::vector<SkillHit>& hits, const std::vector<bool>& drop) {
  std::size_t out = 0;
  for (std::size_t i = 0; i < hits.size(); ++i) {
    if (!drop[i]) hits[out++] = hits[i];
  }
  hits.resize(out);
}

// Someone else's tools, not this person's use: a team named after them ("agreed API rules with
// the Android (Kotlin) and iOS (Swift) teams", "the Android team come to me") and the option not
// taken ("chose Kafka over SQS", "Postgres instead of MongoDB", "rather than Redis").
void drop_others_tools(std::string_view text, std::vector<SkillHit>& hits) {
  std::vector<bool> drop(hits.size());
  for (std::size_t i = 0; i < hits.size();) {
    std::size_t last = i;  // the run of names listed together from i
    while (last + 1 < hits.size() && is_list_gap(text.substr(hits[last].end, hits[last + 1].begin - hits[last].end))) ++last;
    std::size_t c = hits[last].end;
    while (c < text.size() && (text[c] == ' ' || text[c] == ')')) ++c;
    std::size_t d = c;
    while (d < text.size() && std::isalpha(static_cast<unsigned char>(text[d]))) ++d;
    const std::string_view after = text.substr(c, d - c);
    const bool team = same_word(after, "team") || same_word(after, "teams") || same_word(after, "squad") || same_word(after, "squads");
    for (std::size_t k = i; k <= last; ++k) drop[k] = team;
    // "A over B" is a choice only after a word of choosing ("talking over Kafka" is transport).
    if (i > 0) {
      const std::string_view before_hit = text.substr(0, hits[i].begin);
      auto holds = [&](std::string_view word) { return find_any_case(before_hit, word) != std::string_view::npos; };
      const bool over = word_before_is(text, hits[i].begin, {"over"});
      const bool chose = over && (holds("chose") || holds("picked") || holds("prefer") || holds("selected") ||
                                  holds("went with") || holds("recommend"));
      if (chose || word_before_is(text, hits[i].begin, {"than"}) || before_hit.ends_with("instead of ")) {
        drop[i] = true;  // B, the option not taken, when A is named before it
      }
    }
    i = last + 1;
  }
  remove_dropped(hits, drop);
}

// Where the clause holding byte `at` begins and ends: at ';' or a full stop followed by a space
// (not the dot of "Node.js").
std::pair<std::size_t, std::size_t> clause_around(std::string_view text, std::size_t at) {
  auto ends_clause = [&](std::size_t k) {
    return text[k] == ';' || (text[k] == '.' && (k + 1 == text.size() || text[k + 1] == ' '));
  };
  std::size_t begin = at;
  while (begin > 0 && !ends_clause(begin - 1)) --begin;
  std::size_t end = at;
  while (end < text.size() && !ends_clause(end)) ++end;
  return {begin, end};
}

// Tools a sentence gives to someone else: "the UPI feed on Kafka is owned by the integration
// team", "the Java-based adapters are maintained by the vendor" (the names before the agent, in
// its clause), and "the mobile team, who built the Flutter app" (the names after it). Work "built
// by me" or "run by our team" stays the writer's.
void drop_tools_of_others(std::string_view text, std::vector<SkillHit>& hits) {
  if (hits.empty()) return;
  std::vector<bool> drop(hits.size());
  auto drop_between = [&](std::size_t from, std::size_t to) {
    for (std::size_t i = 0; i < hits.size(); ++i) drop[i] = drop[i] || (hits[i].begin >= from && hits[i].end <= to);
  };
  static constexpr std::string_view kPassive[] = {" owned by ", " maintained by ", " managed by ", " run by ",
                                                  " built by ", " developed by ", " written by ", " supported by "};
  for (std::string_view marker : kPassive) {
    for (std::size_t at = find_any_case(text, marker); at != std::string_view::npos; at = find_any_case(text, marker, at + 1)) {
      const std::size_t agent = at + marker.size();
      std::size_t stop = agent;
      while (stop < text.size() && std::isalpha(static_cast<unsigned char>(text[stop]))) ++stop;
      const std::string_view who = text.substr(agent, stop - agent);
      if (same_word(who, "me") || same_word(who, "us") || same_word(who, "myself") || same_word(who, "my") ||
          same_word(who, "our") || same_word(who, "i")) {
        continue;
      }
      drop_between(clause_around(text, at).first, at);
    }
  }
  static constexpr std::string_view kRelative[] = {"team, who ", "team who ", "teams, who ", "teams who ",
                                                   "vendor, who ", "vendor who ", "partner, who ", "squad, who "};
  for (std::string_view marker : kRelative) {
    for (std::size_t at = find_any_case(text, marker); at != std::string_view::npos; at = find_any_case(text, marker, at + 1)) {
      drop_between(at + marker.size(), clause_around(text, at).second);
    }
  }
  remove_dropped(hits, drop);
}
}  // namespace

namespace {

// Every name and alias of every skill, with the skill's index; the O*NET link too.
std::vector<Phrase> skill_phrases(const Taxonomy& taxonomy) {
  std::vector<Phrase> phrases;
  const std::vector<Skill>& skills = taxonomy.skills();
  for (std::size_t i = 0; i < skills.size(); ++i) {
    const Skill& s = skills[i];
    std::vector<std::string> ambiguous;
    for (const std::string& name : s.ambiguous) ambiguous.push_back(normalise_pattern(name));
    auto add = [&](const std::string& name) {
      const bool is_ambiguous = !ambiguous.empty() &&  // most skills: no name to normalise
                                std::find(ambiguous.begin(), ambiguous.end(), normalise_pattern(name)) != ambiguous.end();
      phrases.push_back({name, static_cast<std::uint32_t>(i), is_ambiguous});
    };
    add(s.name);
    for (const std::string& alias : s.aliases) add(alias);
    if (!s.onet.empty()) add(s.onet);
  }
  return phrases;
}

}  // namespace

SkillMatcher::SkillMatcher(Taxonomy taxonomy)
    : taxonomy_(std::move(taxonomy)), phrases_(skill_phrases(taxonomy_)) {}

SkillMatcher::SkillMatcher(Taxonomy taxonomy, PhraseMatcher phrases)
    : taxonomy_(std::move(taxonomy)), phrases_(std::move(phrases)) {}

std::string_view SkillMatcher::find(std::string_view text, MatchScratch& scratch,
                                    std::vector<SkillHit>& hits) const {
  return phrases_.find(text, scratch, hits);
}

std::vector<SkillHit> SkillMatcher::find(std::string_view text) const { return phrases_.find(text); }

std::size_t SkillMatcher::name_count() const { return phrases_.phrase_count(); }

std::size_t SkillMatcher::memory_bytes() const { return phrases_.memory_bytes(); }

void keep_in_context(std::string_view text, std::vector<SkillHit>& line_hits, bool in_skills_list) {
  if (in_skills_list) return;
  drop_others_tools(text, line_hits);
  drop_tools_of_others(text, line_hits);
  auto ambiguous = [](const SkillHit& h) { return h.ambiguous; };
  if (std::none_of(line_hits.begin(), line_hits.end(), ambiguous)) return;
  std::vector<bool> keep(line_hits.size());
  std::vector<bool> proper(line_hits.size());
  for (std::size_t i = 0; i < line_hits.size(); ++i) {
    proper[i] = line_hits[i].ambiguous && begins_proper_noun(text, line_hits[i]);
    keep[i] = !line_hits[i].ambiguous || (!proper[i] && used_as_technology(text, line_hits[i]));
  }
  auto listed_together = [&](std::size_t a, std::size_t b) {  // a before b
    return is_list_gap(text.substr(line_hits[a].end, line_hits[b].begin - line_hits[a].end));
  };
  // Forward, then backward, so that "Go (Gin, GORM)" keeps Go through Gin through GORM.
  for (std::size_t i = 1; i < line_hits.size(); ++i) {
    if (!keep[i] && !proper[i] && keep[i - 1] && listed_together(i - 1, i)) keep[i] = true;
  }
  for (std::size_t i = line_hits.size(); i-- > 1;) {
    if (!keep[i - 1] && !proper[i - 1] && keep[i] && listed_together(i - 1, i)) keep[i - 1] = true;
  }
  keep.flip();
  remove_dropped(line_hits, keep);
}

}  // namespace rungs
