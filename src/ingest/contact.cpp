#include "ingest/contact.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <string>
#include <vector>

#include "ingest/text_lines.h"

namespace rungs::ingest {
namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// The pieces of a contact line: "a@b.com | +91 98450 12345 | linkedin.com/in/x".
std::vector<std::string> tokens(std::string_view line) {
  return split_at_any(line, {"|", "\xE2\x80\xA2", "\xC2\xB7", "\t", ", ", " / ", "  ", "<", ">", "(", ")", "[", "]"});
}

std::string strip_label(std::string t) {
  for (std::string_view label : {"email:", "e-mail:", "mail:", "phone:", "mobile:", "tel:", "ph:",
                                 "linkedin:", "github:", "portfolio:", "website:", "web:", "blog:"}) {
    if (lower(t).starts_with(label)) return std::string(trim_view(std::string_view(t).substr(label.size())));
  }
  return t;
}

bool is_email(std::string_view t) {
  std::size_t at = t.find('@');
  return at != std::string_view::npos && at > 0 && t.find('.', at) != std::string_view::npos &&
         t.find(' ') == std::string_view::npos;
}

bool is_phone(std::string_view t) {
  int digits = 0;
  for (char c : t) {
    if (std::isdigit(static_cast<unsigned char>(c))) ++digits;
    else if (!std::strchr("+-(). ", c)) return false;
  }
  return digits >= 8 && digits <= 15;
}

std::string link_label(const std::string& url) {
  std::string l = lower(url);
  if (l.find("linkedin.com") != std::string::npos) return "LinkedIn";
  if (l.find("github.com") != std::string::npos) return "GitHub";
  if (l.find("gitlab.com") != std::string::npos) return "GitLab";
  if (l.find("stackoverflow.com") != std::string::npos) return "Stack Overflow";
  if (l.find("leetcode.com") != std::string::npos) return "LeetCode";
  if (l.find("medium.com") != std::string::npos || l.find("dev.to") != std::string::npos) return "Blog";
  return "Website";
}

bool is_link(std::string_view t) {
  std::string l = lower(t);
  if (l.starts_with("http://") || l.starts_with("https://") || l.starts_with("www.")) return true;
  for (std::string_view host : {"linkedin.com/", "github.com/", "gitlab.com/", "stackoverflow.com/",
                                "leetcode.com/", "medium.com/", "dev.to/"}) {
    if (l.find(host) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

bool take_contact_details(std::string_view line, Person& person) {
  std::vector<std::string> parts = tokens(line);
  if (parts.empty()) return false;
  int taken = 0;
  for (std::string part : parts) {
    part = strip_label(part);
    if (is_email(part) && !is_link(part)) {
      if (person.email.empty()) person.email = part;
      ++taken;
    } else if (is_link(part)) {
      std::string label = link_label(part);
      bool seen = std::any_of(person.links.begin(), person.links.end(),
                              [&](const Link& l) { return l.url == part; });
      if (!seen) person.links.push_back({label, part});
      ++taken;
    } else if (is_phone(part)) {
      if (person.phone.empty()) person.phone = part;
      ++taken;
    }
  }
  return taken > 0 && taken * 2 >= static_cast<int>(parts.size());
}

}  // namespace rungs::ingest
