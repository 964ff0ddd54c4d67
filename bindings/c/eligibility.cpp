// Deadlines and eligibility through the C API: was a submission on time, and does one
// application meet an edition's essential criteria (docs/c-api.md, "Deadlines and eligibility").
#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "capi.hpp"
#include "mhfund/applications.hpp"
#include "mhfund/catalogue.hpp"
#include "mhfund/edition.hpp"
#include "mhfund/key_dates.hpp"

struct mhf_eligibility {
    struct unmet {
        std::string criterion;
        std::string field;
        std::string message;
    };
    bool eligible = false;
    std::vector<unmet> unmet_list;
};

namespace {

using mhf_detail::check_index;
using mhf_detail::copy_out;
using mhf_detail::guarded;

const mhfund::edition& builtin_edition(const char* id) {
    return mhfund::catalogue::builtin().get(id);
}

const mhfund::application_deadline& deadline_of(const mhfund::edition& e) {
    if (!e.deadline || !e.deadline->known())
        throw mhfund::error(mhfund::errc::input,
                            "edition " + e.id + " has no application deadline" +
                                (e.deadline && !e.deadline->note.empty()
                                     ? ": " + e.deadline->note
                                     : std::string(": its documents give none")));
    return *e.deadline;
}

// A misspelt key would otherwise read as a value not given.
void check_keys(const mhfund::application& a, const mhfund::catalogue& cat) {
    const std::vector<std::string> known = mhfund::application_columns(cat);
    for (const auto& [key, value] : a.cells)
        if (std::find(known.begin(), known.end(), key) == known.end()) {
            std::string list;
            for (const std::string& k : known)
                list += (list.empty() ? "" : ", ") + k;
            throw mhfund::error(mhfund::errc::input,
                                "unknown field '" + key + "' (expected one of: " + list + ")",
                                mhfund::source_location{"", 0, key});
        }
}

std::unique_ptr<mhf_eligibility> check(const char* edition, const char* fields) {
    const mhfund::catalogue& cat = mhfund::catalogue::builtin();
    const mhfund::edition& e = cat.get(edition);
    mhfund::application a = mhfund::parse_application_fields(fields);
    if (!a.edition.empty() && a.edition != e.id)
        throw mhfund::error(mhfund::errc::input,
                            "the fields name edition '" + a.edition + "', the call '" + e.id + "'",
                            mhfund::source_location{"", 0, "edition"});
    a.edition = e.id;
    check_keys(a, cat);
    const mhfund::application_result r = mhfund::check_application(e, a);
    auto result = std::make_unique<mhf_eligibility>();
    result->eligible = r.eligible();
    for (const mhfund::criterion_result* u : r.unmet())
        result->unmet_list.push_back({u->id, u->where.field,
                                      mhfund::to_prefix(u->where) + u->text + ": " + u->reason +
                                          (u->source.empty() ? "" : " (" + u->source + ")")});
    return result;
}

// Gives a text field of unmet criterion i.
int unmet_text(const char* function, char* out, size_t out_size, size_t* out_len,
               const mhf_eligibility* result, size_t i,
               std::string mhf_eligibility::unmet::*field) {
    return guarded(function, [&] {
        MHF_REQUIRE(result);
        check_index(i, result->unmet_list.size(), "unmet criterion");
        copy_out(result->unmet_list[i].*field, out, out_size, out_len);
    });
}

}  // namespace

extern "C" {

int mhf_deadline_check(int* out_on_time, const char* edition, const char* instant) {
    return guarded(__func__, [&] {
        MHF_REQUIRE(out_on_time);
        MHF_REQUIRE(edition);
        MHF_REQUIRE(instant);
        const mhfund::deadline_result r = mhfund::check_deadline(builtin_edition(edition), instant);
        *out_on_time = r.on_time ? 1 : 0;
    });
}

int mhf_deadline_last_on_time(char* out, size_t out_size, size_t* out_len, const char* edition) {
    return guarded(__func__, [&] {
        MHF_REQUIRE(edition);
        const mhfund::application_deadline& d = deadline_of(builtin_edition(edition));
        copy_out(mhfund::to_utc_text(d.last_on_time()), out, out_size, out_len);
    });
}

int mhf_eligibility_check(mhf_eligibility** out, const char* edition, const char* fields) {
    return guarded(__func__, [&] {
        MHF_REQUIRE(out);
        *out = nullptr;
        MHF_REQUIRE(edition);
        MHF_REQUIRE(fields);
        *out = check(edition, fields).release();
    });
}

int mhf_eligibility_eligible(int* out, const mhf_eligibility* result) {
    return guarded(__func__, [&] {
        MHF_REQUIRE(out);
        MHF_REQUIRE(result);
        *out = result->eligible ? 1 : 0;
    });
}

int mhf_eligibility_unmet_count(size_t* out, const mhf_eligibility* result) {
    return guarded(__func__, [&] {
        MHF_REQUIRE(out);
        MHF_REQUIRE(result);
        *out = result->unmet_list.size();
    });
}

int mhf_eligibility_unmet_criterion(char* out, size_t out_size, size_t* out_len,
                                    const mhf_eligibility* result, size_t i) {
    return unmet_text(__func__, out, out_size, out_len, result, i,
                      &mhf_eligibility::unmet::criterion);
}

int mhf_eligibility_unmet_field(char* out, size_t out_size, size_t* out_len,
                                const mhf_eligibility* result, size_t i) {
    return unmet_text(__func__, out, out_size, out_len, result, i, &mhf_eligibility::unmet::field);
}

int mhf_eligibility_unmet_message(char* out, size_t out_size, size_t* out_len,
                                  const mhf_eligibility* result, size_t i) {
    return unmet_text(__func__, out, out_size, out_len, result, i,
                      &mhf_eligibility::unmet::message);
}

void mhf_eligibility_free(mhf_eligibility* result) {
    delete result;
}

}  // extern "C"
