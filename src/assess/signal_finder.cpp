// The ladder's signals in a profile, by phrase pattern: one pass over each line's words, trying
// only the patterns whose first word occurs in the line.
#include <algorithm>
#include <array>
#include <unordered_map>

#include "assess/evidence.h"
#include "assess/placement.h"
#include "rungs/phrase_pattern.h"

namespace rungs::assess {

struct SignalFinder::Compiled {
  std::vector<PhrasePattern> patterns;
  std::vector<std::uint32_t> signal_of;  // pattern -> signal index; hedges are signal_count
  std::unordered_map<std::string, std::vector<std::uint32_t>> by_first_word;
  // Patterns whose first word is a prefix ("review*", "#"), by the prefix's first byte.
  std::array<std::vector<std::pair<std::string, std::uint32_t>>, 256> by_first_prefix;

  void add(const std::string& phrase, std::uint32_t signal) {
    Result<PhrasePattern> parsed = parse_phrase_pattern(phrase);
    if (!parsed) return;  // the loader refused such a ladder already
    const auto id = static_cast<std::uint32_t>(patterns.size());
    for (const std::vector<PatternWord>& alt : parsed->parts.front()) {
      for (const PatternForm& form : alt.front().forms) {
        if (form.number) {
          for (char d = '0'; d <= '9'; ++d) by_first_prefix[static_cast<unsigned char>(d)].emplace_back(std::string(1, d), id);
        } else if (form.prefix) {
          by_first_prefix[static_cast<unsigned char>(form.text[0])].emplace_back(form.text, id);
        } else {
          by_first_word[form.text].push_back(id);
        }
      }
    }
    patterns.push_back(std::move(*parsed));
    signal_of.push_back(signal);
  }

  // The signals (and kHedge) whose patterns `line` holds, each once.
  void find(std::string_view line, std::vector<std::uint32_t>& out, std::vector<char>& tried) const {
    PatternText text = pattern_text(line);
    tried.assign(patterns.size(), 0);
    auto attempt = [&](std::uint32_t id) {
      if (tried[id]) return;
      tried[id] = 1;
      if (matches(patterns[id], text)) out.push_back(signal_of[id]);
    };
    for (const std::string& word : text.words) {
      if (auto it = by_first_word.find(word); it != by_first_word.end()) {
        for (std::uint32_t id : it->second) attempt(id);
      }
      if (word.empty()) continue;
      for (const auto& [prefix, id] : by_first_prefix[static_cast<unsigned char>(word[0])]) {
        if (word.starts_with(prefix)) attempt(id);
      }
    }
  }
};

namespace {

// The sentences of a line: split after ". " (not "Node.js", not "3.5") and at "; ".
std::vector<std::string> sentences(std::string_view text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i + 1 < text.size(); ++i) {
    if ((text[i] == '.' || text[i] == ';' || text[i] == '!' || text[i] == '?') && text[i + 1] == ' ') {
      if (i > start) out.emplace_back(text.substr(start, i - start));
      start = i + 2;
    }
  }
  if (start < text.size()) out.emplace_back(text.substr(start));
  return out;
}

}  // namespace

SignalFinder::SignalFinder(const Ladder& ladder)
    : compiled_(std::make_unique<Compiled>()), signal_count_(ladder.signals.size()), learning_signal_(signal_count_) {
  for (std::size_t i = 0; i < ladder.signals.size(); ++i) {
    if (ladder.signals[i].id == "proactive-learning") learning_signal_ = i;
  }
  for (std::size_t i = 0; i < ladder.signals.size(); ++i) {
    for (const std::string& p : ladder.signals[i].phrases) compiled_->add(p, static_cast<std::uint32_t>(i));
  }
  for (const std::string& h : ladder.hedges) compiled_->add(h, static_cast<std::uint32_t>(signal_count_));
}

SignalFinder::~SignalFinder() = default;

std::vector<SignalLines> SignalFinder::find(const Profile& profile, std::vector<WorkLine>* work) const {
  std::vector<SignalLines> out(signal_count_);
  std::vector<std::uint32_t> found;
  std::vector<char> tried;
  auto hedged = [&](std::string_view text) {
    found.clear();
    compiled_->find(text, found, tried);
    return std::find(found.begin(), found.end(), static_cast<std::uint32_t>(signal_count_)) != found.end();
  };
  // Files `line` under the signals in `ids`: a claim (not `strong`) is weak; work is strong unless
  // a hedge lowers it (in the line, or in its position's title).
  auto add = [&](const TextLine& line, bool strong, bool hedge, const std::vector<std::uint32_t>& ids) {
    for (std::uint32_t id : ids) {
      if (id >= signal_count_) continue;
      std::vector<TextLine>& lines = !strong ? out[id].weak : hedge ? out[id].hedged : out[id].strong;
      bool seen = std::any_of(lines.begin(), lines.end(),
                              [&](const TextLine& l) { return l.line == line.line && l.text == line.text; });
      if (!seen) lines.push_back(line);
    }
  };
  const auto hedge_id = static_cast<std::uint32_t>(signal_count_);
  auto read = [&](const TextLine& line, bool strong, bool title_hedged = false) {
    found.clear();
    // "Notice period: 60 days" is no impact in numbers, wherever it stands: such sentences are
    // left out; a line without one (nearly every line) is read in one pass, not per sentence.
    const std::vector<std::string> parts = sentences(line.text);
    if (std::none_of(parts.begin(), parts.end(), [](const std::string& p) { return is_personal_detail(p); })) {
      compiled_->find(line.text, found, tried);
    } else {
      for (const std::string& sentence : parts) {
        if (!is_personal_detail(sentence)) compiled_->find(sentence, found, tried);
      }
    }
    // A claim about learning shows the learning, not what is learnt: "Currently learning System
    // Design and Kafka through online courses" is no system design. Work lines keep all theirs.
    if (!strong && learning_signal_ < signal_count_ &&
        std::find(found.begin(), found.end(), static_cast<std::uint32_t>(learning_signal_)) != found.end()) {
      std::erase_if(found, [&](std::uint32_t id) { return id != learning_signal_ && id != hedge_id; });
    }
    add(line, strong, title_hedged || std::find(found.begin(), found.end(), hedge_id) != found.end(), found);
  };
  if (!profile.person.headline.empty()) {
    read({profile.person.headline, Section::kHeader, profile.person.headline_line}, false);
  }
  for (const TextLine& l : profile.summary) read(l, false);
  std::vector<std::uint32_t> line_ids, hedged_ids;
  for (std::size_t i = 0; i < profile.positions.size(); ++i) {
    const Position& p = profile.positions[i];
    const bool internship = is_internship_title(p.title) || hedged(p.title);
    if (!p.title.empty()) read({p.title, Section::kExperience, p.line}, true, internship);
    for (const TextLine& l : p.lines) {
      if (l.about) continue;  // what the project is, not what the person did
      if (work == nullptr) {
        read(l, true, internship);
        continue;
      }
      // Sentence by sentence (placement weighs each piece of work); the line shows their union. A
      // hedge lowers only the signals of its own sentence: in a LinkedIn paragraph, "Worked on
      // defect fixes." does not make "Received the Star of the Quarter award." a claim.
      line_ids.clear();
      hedged_ids.clear();
      for (std::string& sentence : sentences(l.text)) {
        if (is_personal_detail(sentence)) continue;
        found.clear();
        compiled_->find(sentence, found, tried);
        WorkLine w{i, &l, std::move(sentence), internship, {}};
        w.hedged = internship || std::find(found.begin(), found.end(), hedge_id) != found.end();
        for (std::uint32_t id : found) {
          if (id == hedge_id) continue;
          w.signals.push_back(id);
          std::vector<std::uint32_t>& into = w.hedged ? hedged_ids : line_ids;
          if (std::find(into.begin(), into.end(), id) == into.end()) into.push_back(id);
        }
        work->push_back(std::move(w));
      }
      std::erase_if(hedged_ids, [&](std::uint32_t id) {
        return std::find(line_ids.begin(), line_ids.end(), id) != line_ids.end();
      });
      add(l, true, false, line_ids);
      add(l, true, true, hedged_ids);
    }
  }
  // A student's project is like an internship's work: it shows what was used, lowered, and
  // answers no promotion question (RUBRIC.md: "a fresher's college or internship module is not"
  // impact).
  for (const Project& p : profile.projects) {
    for (const TextLine& l : p.lines) read(l, true, p.academic);
  }
  for (const Credential& c : profile.certifications) {  // a credential is a claim, not shown work
    read({c.name, Section::kCertifications, c.line}, false);
  }
  for (const TextLine& l : profile.achievements) read(l, true);
  for (const TextLine& l : profile.other) read(l, true);
  return out;
}

}  // namespace rungs::assess
