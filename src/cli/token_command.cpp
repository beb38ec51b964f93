// rungs token create --name NAME | list | revoke NAME, each with [--store URL]: the API tokens
// of `rungs serve --auth`. A token is shown once, when made; the store keeps only its SHA-256.
#include <CLI/CLI.hpp>

#include <cstdio>
#include <iostream>
#include <memory>

#include "cli/cli_support.h"
#include "cli/commands.h"
#include "common/random_token.h"
#include "common/sha256.h"
#include "rungs/profile.h"
#include "rungs/store.h"

namespace rungs::cli {
namespace {

struct TokenOptions {
  std::string name;
  std::string store;
};

// "rungs_" and 64 hex digits: 256 random bits, recognisable in a config file or a leak scan.
Result<std::string> new_secret() {
  Result<std::string> hex = random_hex(32);
  if (!hex) return hex;
  return "rungs_" + *hex;
}

int run_create(const TokenOptions& o) {
  if (Result<std::string> ok = person_id_for(o.name, "", ""); !ok) {
    return report_error(Error{ErrorKind::kUsage, "--name: use 1 to 128 characters with no spaces or slashes", {}});
  }
  Result<std::unique_ptr<Store>> store = open_store(o.store, StoreOpen::kCreate);
  if (!store) return report_error(store.error());
  Result<std::string> secret = new_secret();
  if (!secret) return report_error(secret.error());
  if (Result<void> added = (*store)->add_token(o.name, sha256_hex(*secret), current_time_utc()); !added) return report_error(added.error());
  std::cout << *secret << "\n";
  std::cerr << "rungs: token '" << o.name << "' created in " << (*store)->name()
            << "; it is shown only now: send it as 'Authorization: Bearer TOKEN'\n";
  return 0;
}

int run_list(const TokenOptions& o) {
  Result<std::unique_ptr<Store>> store = open_store(o.store, StoreOpen::kExisting);
  if (!store) return report_error(store.error());
  Result<std::vector<TokenEntry>> tokens = (*store)->tokens();
  if (!tokens) return report_error(tokens.error());
  for (const TokenEntry& t : *tokens) std::cout << t.name << "  " << t.created_at << "\n";
  if (tokens->empty()) std::cerr << "rungs: no tokens in " << (*store)->name() << "\n";
  return 0;
}

int run_revoke(const TokenOptions& o) {
  Result<std::unique_ptr<Store>> store = open_store(o.store, StoreOpen::kExisting);
  if (!store) return report_error(store.error());
  if (Result<void> gone = (*store)->revoke_token(o.name); !gone) return report_error(gone.error());
  std::cout << "revoked token '" << o.name << "'\n";
  return 0;
}

}  // namespace

void add_token_command(CLI::App& app, Action& action) {
  CLI::App* token = app.add_subcommand("token", "API tokens for `rungs serve --auth` (only their hashes are stored)");
  token->require_subcommand(1);
  const char* store_help = "A SQLite file or postgresql:// URL (default: $RUNGS_STORE, else $XDG_DATA_HOME/rungs/rungs.db)";
  auto create = std::make_shared<TokenOptions>();
  CLI::App* c = token->add_subcommand("create", "Make a token and print it once");
  c->add_option("--name", create->name, "A name for the token (its people are filed under it)")->required();
  c->add_option("--store", create->store, store_help);
  c->callback([&action, create] { action = [create] { return run_create(*create); }; });
  auto list = std::make_shared<TokenOptions>();
  CLI::App* l = token->add_subcommand("list", "The tokens by name, with when they were made");
  l->add_option("--store", list->store, store_help);
  l->callback([&action, list] { action = [list] { return run_list(*list); }; });
  auto revoke = std::make_shared<TokenOptions>();
  CLI::App* r = token->add_subcommand("revoke", "Revoke a token by name");
  r->add_option("NAME", revoke->name, "The token's name")->required();
  r->add_option("--store", revoke->store, store_help);
  r->callback([&action, revoke] { action = [revoke] { return run_revoke(*revoke); }; });
}

}  // namespace rungs::cli
