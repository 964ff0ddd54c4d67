// Eligibility as edition data: the essential criteria of 000, 001, 003 and 004, checked from an
// applications file's columns, statements recorded and never judged, desirable criteria never
// required, and bad cells refused with file, line and field. Expectations are the documents'.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "mhfund/applications.hpp"
#include "mhfund/catalogue.hpp"
#include "mhfund/edition.hpp"
#include "mhfund/error.hpp"

#include "support.hpp"

using namespace mhfund;
using mhfund_test::contains;
using mhfund_test::error_from;

namespace {

const catalogue& cat() {
    return catalogue::builtin();
}

application_result check(const std::string& edition_id, const std::string& fields) {
    return check_application(cat().get(edition_id), parse_application_fields(fields));
}

std::vector<std::string> unmet_ids(const application_result& r) {
    std::vector<std::string> out;
    for (const criterion_result* u : r.unmet())
        out.push_back(u->id + "@" + u->where.field);
    return out;
}

const std::string header =
    "applicant,edition,hub,institution,trn,qts,qtls,ect,years_teaching_maths,phase,"
    "state_funded,condition_of_funding,head_of_department_trn,advocate1_trn,advocate2_trn,"
    "good_teaching";

// The file of the acceptance tests: lines 2-6.
const std::string sample = header +
                           "\n"
                           "S-01,sms-2025-26,WM1,137083,1234567,yes,,no,5,secondary,yes,,,,,yes\n"
                           "S-02,sms-2025-26,WM1,138412,,yes,,yes,6,secondary,yes,,,,,yes\n"
                           "F-01,fe-2023,EM1,10004599,,,,,1,fe,,yes,,,,yes\n"
                           "W-01,wg-2024,WM1,141120,,,,,,secondary,yes,,2345678,,UQT,\n"
                           "W-02,wg-2024,WM1,143557,,,,,,secondary,yes,,2345678,3456789,UQT,\n";

}  // namespace

TEST_CASE("the built-in editions carry the documents' essential criteria as data") {
    auto essential_checks = [](const std::string& id) {
        std::vector<std::string> out;
        for (const criterion& c : cat().get(id).eligibility->criteria)
            if (c.essential && c.machine_checked()) out.push_back(c.id);
        return out;
    };
    // 000: QTS; a state-funded middle/secondary school.
    CHECK(essential_checks("sms-2022-cohort7") ==
          std::vector<std::string>{"qts", "state_funded", "school_phase"});
    // 001: excluding ECTs; a state-funded secondary school. No QTS requirement.
    CHECK(essential_checks("sms-2025-26") ==
          std::vector<std::string>{"not_ect", "state_funded", "school_phase"});
    // 004: 2 years teaching maths; an FE setting; condition-of-funding students.
    CHECK(essential_checks("fe-2023") ==
          std::vector<std::string>{"years_teaching_maths", "fe_setting", "condition_of_funding"});
    // 003: a state-funded secondary school, its URN, TRNs for the head of department and both
    // Mastery Advocates.
    CHECK(essential_checks("wg-2024") ==
          std::vector<std::string>{"state_funded", "school_phase", "school_urn",
                                   "head_of_department_trn", "advocate_trns"});
    CHECK(cat().get("wg-2024").eligibility->applicant == applicant_kind::department);
    // 002 states no criteria.
    CHECK_FALSE(cat().get("post16-dev").eligibility);
    // 004: QTS or QTLS is desirable, not essential.
    for (const criterion& c : cat().get("fe-2023").eligibility->criteria)
        if (c.id == "qts_or_qtls") {
            CHECK_FALSE(c.essential);
            CHECK(c.columns == std::vector<std::string>{"qts", "qtls"});
        }
}

TEST_CASE("001: an ECT is refused, the criterion named") {
    const application_result ok =
        check("sms-2025-26", "hub=WM1; ect=no; state_funded=yes; phase=secondary");
    CHECK(ok.eligible());
    const application_result r =
        check("sms-2025-26", "hub=WM1; ect=yes; state_funded=yes; phase=secondary");
    CHECK_FALSE(r.eligible());
    REQUIRE(r.unmet().size() == 1);
    const criterion_result& u = *r.unmet()[0];
    CHECK(u.id == "not_ect");
    CHECK(u.where.field == "ect");
    CHECK(u.given == "yes");
    CHECK(contains(u.text, "ECT"));
    CHECK(contains(u.source, "excluding ECTs"));
    // Not given is not met either: the hub cannot tell.
    CHECK(unmet_ids(check("sms-2025-26", "hub=WM1; state_funded=yes; phase=secondary")) ==
          std::vector<std::string>{"not_ect@ect"});
    // A primary or FE teacher, or an independent school.
    CHECK(unmet_ids(check("sms-2025-26", "hub=WM1; ect=no; state_funded=no; phase=middle")) ==
          std::vector<std::string>{"state_funded@state_funded", "school_phase@phase"});
}

TEST_CASE("004: an FE applicant with 1 year of experience is refused; 2 years is enough") {
    const std::string rest = "hub=EM1; phase=fe; condition_of_funding=yes; ";
    const application_result r = check("fe-2023", rest + "years_teaching_maths=1");
    CHECK_FALSE(r.eligible());
    REQUIRE(r.unmet().size() == 1);
    CHECK(r.unmet()[0]->id == "years_teaching_maths");
    CHECK(r.unmet()[0]->given == "1");
    CHECK(contains(r.unmet()[0]->reason, "at least 2"));
    CHECK(check("fe-2023", rest + "years_teaching_maths=2").eligible());
    CHECK(check("fe-2023", rest + "years_teaching_maths=12").eligible());
    // Not teaching condition-of-funding students; a school teacher.
    CHECK(
        unmet_ids(check("fe-2023",
                        "hub=EM1; phase=secondary; condition_of_funding=no; "
                        "years_teaching_maths=3")) ==
        std::vector<std::string>{"fe_setting@phase", "condition_of_funding@condition_of_funding"});
}

TEST_CASE("000: QTS is essential; two years' experience only desirable") {
    const std::string school = "hub=WM1; state_funded=yes; phase=middle; ";
    CHECK(check("sms-2022-cohort7", school + "qts=yes; years_teaching_maths=0").eligible());
    CHECK(unmet_ids(check("sms-2022-cohort7", school + "qts=no")) ==
          std::vector<std::string>{"qts@qts"});
    // The desirable criterion is reported, as not met, and refuses nothing.
    const application_result r =
        check("sms-2022-cohort7", school + "qts=yes; years_teaching_maths=1");
    CHECK(r.eligible());
    bool listed = false;
    for (const criterion_result& c : r.results)
        if (c.id == "years_teaching_maths") {
            listed = true;
            CHECK_FALSE(c.essential);
            CHECK(c.outcome == criterion_result::status::unmet);
        }
    CHECK(listed);
}

TEST_CASE("statements are recorded as given, never judged") {
    const application_result r =
        check("fe-2023",
              "hub=EM1; phase=fe; condition_of_funding=yes; years_teaching_maths=4; "
              "good_teaching=no; collaboration=YES");
    CHECK(r.eligible());
    std::string good, collaboration, communication;
    for (const criterion_result& c : r.results) {
        if (c.check != criterion_check::statement) continue;
        CHECK(c.outcome == criterion_result::status::recorded);
        if (c.id == "good_teaching") good = c.given;
        if (c.id == "collaboration") collaboration = c.given;
        if (c.id == "communication") communication = c.given;
    }
    CHECK(good == "no");
    CHECK(collaboration == "yes");
    CHECK(communication == "not given");
}

TEST_CASE("003: a Work Group application needs a URN and a TRN or UQT for every named teacher") {
    const std::string school = "hub=WM1; institution=141120; state_funded=yes; phase=secondary; ";
    const application_result ok =
        check("wg-2024", school +
                             "head_of_department_trn=RP12/34567; advocate1_trn=2345678; "
                             "advocate2_trn=uqt");
    CHECK(ok.eligible());
    // The form's commitments, with the edition's figures: six meetings (the form: four), ten
    // combined days.
    REQUIRE(ok.commitments.size() == 3);
    CHECK(contains(ok.commitments[0], "at least 6 separate half-day meetings"));
    CHECK(contains(ok.commitments[0], "the form says 4"));
    CHECK(contains(ok.commitments[1], "at least 10 (combined) days"));
    CHECK(contains(ok.commitments[2], "Mastery conference, June 2025"));

    // Every blank TRN is named by its field.
    const application_result blank =
        check("wg-2024", school + "head_of_department_trn=; advocate2_trn=1234567");
    CHECK(unmet_ids(blank) == std::vector<std::string>{"head_of_department_trn@"
                                                       "head_of_department_trn",
                                                       "advocate_trns@advocate1_trn"});
    for (const criterion_result* u : blank.unmet()) {
        CHECK(u->given == "blank");
        CHECK(contains(u->reason, "a blank TRN makes an application unprocessable"));
    }
    // Two Mastery Advocates are two teachers: the payslip form of the same TRN is the same.
    CHECK(unmet_ids(check("wg-2024", school + "head_of_department_trn=1234567; "
                                              "advocate1_trn=1234567; advocate2_trn=RP12/34567")) ==
          std::vector<std::string>{"advocate_trns@advocate2_trn"});
    // Two unqualified teachers are both UQT: not the same teacher.
    CHECK(check("wg-2024", school + "head_of_department_trn=UQT; advocate1_trn=UQT; "
                                    "advocate2_trn=UQT")
              .eligible());
    // No URN.
    CHECK(unmet_ids(check("wg-2024",
                          "hub=WM1; state_funded=yes; phase=secondary; "
                          "head_of_department_trn=UQT; advocate1_trn=1234567; "
                          "advocate2_trn=2345678")) ==
          std::vector<std::string>{"school_urn@institution"});
}

TEST_CASE("values in the wrong form are input errors naming the field; TRNs masked") {
    struct bad_case {
        std::string edition, fields, field, needle;
    };
    const std::vector<bad_case> cases{
        {"wg-2024", "hub=WM1; advocate1_trn=12345", "advocate1_trn", "'12***'"},
        {"wg-2024", "hub=WM1; head_of_department_trn=RP1234567", "head_of_department_trn",
         "'RP12*****'"},
        {"wg-2024", "hub=WM1; institution=10004599", "institution", "6 digits"},
        {"sms-2025-26", "hub=WM1; trn=123456789", "trn", "'12*******'"},
        {"sms-2025-26", "hub=XX9", "hub", "'XX9'"},
        {"sms-2025-26", "hub=wm1", "hub", "did you mean 'WM1'"},
        {"sms-2025-26", "ect=no", "hub", "Maths Hub code"},
        {"sms-2025-26", "hub=WM1; ect=maybe", "ect", "yes or no"},
        {"sms-2025-26", "hub=WM1; ect=no; phase=sixth form", "phase", "primary, middle"},
        {"fe-2023", "hub=WM1; years_teaching_maths=1.5", "years_teaching_maths", "whole number"},
        {"fe-2023", "hub=WM1; years_teaching_maths=-1", "years_teaching_maths", "whole number"},
        {"post16-dev", "hub=WM1", "edition", "no eligibility criteria"},
    };
    for (const bad_case& c : cases) {
        INFO(c.edition, ": ", c.fields);
        const error e = error_from(errc::input, [&] { check(c.edition, c.fields); });
        INFO(std::string(e.what()));
        CHECK(e.where().field == c.field);
        CHECK(contains(e.what(), c.needle));
        for (const char* typed : {"'12345'", "RP1234567", "123456789"})
            CHECK_FALSE(contains(e.what(), typed));
    }
}

TEST_CASE("an applications file: refusals with file, line and field") {
    const std::vector<application> apps = read_applications(sample, "apps.csv", cat());
    REQUIRE(apps.size() == 5);
    const applications_report r = check_applications(apps, cat(), "apps.csv");
    REQUIRE(r.results.size() == 5);
    CHECK(r.eligible_count() == 2);  // S-01 and W-02

    CHECK(r.results[0].eligible());

    REQUIRE(r.results[1].unmet().size() == 1);  // S-02, an ECT
    CHECK(to_prefix(r.results[1].unmet()[0]->where) == "apps.csv:3: field 'ect': ");

    REQUIRE(r.results[2].unmet().size() == 1);  // F-01, one year
    CHECK(to_prefix(r.results[2].unmet()[0]->where) ==
          "apps.csv:4: field 'years_teaching_maths': ");

    REQUIRE(r.results[3].unmet().size() == 1);  // W-01, a blank TRN
    const criterion_result& blank = *r.results[3].unmet()[0];
    CHECK(blank.where.file == "apps.csv");
    CHECK(blank.where.line == 5);
    CHECK(blank.where.field == "advocate1_trn");
    CHECK(contains(blank.reason, "unprocessable"));

    CHECK(r.results[4].eligible());
    CHECK(r.results[4].hub == "WM1");
}

TEST_CASE("--edition: the default edition of rows naming none, and the only one checked") {
    const std::string text =
        "applicant,edition,hub,ect,state_funded,phase,years_teaching_maths,condition_of_funding\n"
        "A,,WM1,no,yes,secondary,,\n"
        "B,fe-2023,WM1,,,fe,3,yes\n"
        "C,sms-2025-26,WM1,yes,yes,secondary,,\n";
    const std::vector<application> only = read_applications(text, "a.csv", cat(), "sms-2025-26");
    REQUIRE(only.size() == 2);
    CHECK(only[0].applicant == "A");
    CHECK(only[0].edition == "sms-2025-26");
    CHECK(only[1].applicant == "C");
    // Without --edition, a row naming none is an error at its line.
    const error e = error_from(errc::input, [&] { read_applications(text, "a.csv", cat()); });
    CHECK(contains(e.what(), "a.csv:2:"));
    CHECK(e.where().field == "edition");
    // A file without an edition column needs --edition.
    const std::string no_column = "applicant,hub,ect,state_funded,phase\nA,WM1,no,yes,secondary\n";
    CHECK(read_applications(no_column, "b.csv", cat(), "sms-2025-26").size() == 1);
    const error missing =
        error_from(errc::input, [&] { read_applications(no_column, "b.csv", cat()); });
    CHECK(contains(missing.what(), "missing column 'edition'"));
}

TEST_CASE("applications files: bad input is refused with file and line") {
    struct bad_case {
        std::string text;
        std::string where;
        std::string needle;
    };
    const std::vector<bad_case> cases{
        // A column the edition's checks read is missing: named at the header's line.
        {"applicant,edition,hub,state_funded,phase\nA,sms-2025-26,WM1,yes,secondary\n",
         "x.csv:1: field 'ect'", "missing column 'ect'"},
        {"applicant,edition,hub,institution,state_funded,phase,head_of_department_trn,"
         "advocate1_trn\nW,wg-2024,WM1,141120,yes,secondary,UQT,UQT\n",
         "x.csv:1: field 'advocate2_trn'", "missing column"},
        {"edition,hub,ect\nsms-2025-26,WM1,no\n", "x.csv:1:", "missing column 'applicant'"},
        {"applicant,edition,hub,ect,colour\nA,sms-2025-26,WM1,no,red\n",
         "x.csv:1:", "unknown column 'colour'"},
        {"applicant,edition,hub,ect,state_funded,phase\nA,sms-2025-26,WM1,no,yes,secondary\n"
         "A,sms-2025-26,WM1,no,yes,secondary\n",
         "x.csv:3: field 'applicant'", "duplicate applicant id 'A' (first on line 2)"},
        {"applicant,edition,hub,ect,state_funded,phase\n,sms-2025-26,WM1,no,yes,secondary\n",
         "x.csv:2: field 'applicant'", "applicant"},
        {"applicant,edition,hub,ect,state_funded,phase\nA,sms-2099,WM1,no,yes,secondary\n",
         "x.csv:2: field 'edition'", "'sms-2099'"},
        {"applicant,edition,hub,ect,state_funded,phase\nA,sms-2025-26,,no,yes,secondary\n",
         "x.csv:2: field 'hub'", "WM1"},
        {"applicant,edition,hub\nA,post16-dev,WM1\n", "x.csv:2: field 'edition'",
         "no eligibility criteria"},
    };
    for (const bad_case& c : cases) {
        INFO(c.text);
        const error e = error_from(errc::input, [&] { read_applications(c.text, "x.csv", cat()); });
        INFO(std::string(e.what()));
        CHECK(contains(e.what(), c.where));
        CHECK(contains(e.what(), c.needle));
    }
    // Cell errors surface when the file is checked, at their line and field.
    const std::string text = header + "\nA,sms-2025-26,WM1,137083,,,,no,,secondary,yes,,,,,\n" +
                             "W,wg-2024,WM1,141120,,,,,,secondary,yes,,RP12/3456,UQT,UQT,\n";
    const std::vector<application> apps = read_applications(text, "x.csv", cat());
    const error e = error_from(errc::input, [&] { check_applications(apps, cat(), "x.csv"); });
    CHECK(contains(e.what(), "x.csv:3: field 'head_of_department_trn'"));
    CHECK(contains(e.what(), "'RP12/****'"));
}

TEST_CASE("key=value fields (the C API's form)") {
    const application a = parse_application_fields(
        "applicant=A-1; edition=wg-2024\nhub = WM1 ;advocate1_trn=UQT\r\n\n; ect=");
    CHECK(a.applicant == "A-1");
    CHECK(a.edition == "wg-2024");
    CHECK(a.hub == "WM1");
    CHECK(a.cell("advocate1_trn") == "UQT");
    CHECK(a.cell("ect").empty());
    CHECK(a.cells.size() == 2);
    const error twice = error_from(errc::input, [] { parse_application_fields("ect=no;ect=yes"); });
    CHECK(twice.where().field == "ect");
    const error no_eq =
        error_from(errc::input, [] { parse_application_fields("hub=WM1; advocate1_trn 1234567"); });
    CHECK(contains(no_eq.what(), "key=value"));
    CHECK_FALSE(contains(no_eq.what(), "1234567"));  // masked: it may be a TRN
}

TEST_CASE("edition files: criteria are checked as they are read") {
    const std::string base =
        "id = \"t\"\nprogramme = \"workgroup\"\nkind = \"workgroup\"\n"  // lines 1-3
        "[workgroup]\nfirst_year = \"2024/25\"\n"                        // 4-5
        "  [[workgroup.grant]]\n  year = 1\n  amount = \"2000.00\"\n"    // 6-8
        "[eligibility]\n"                                                // 9
        "  [[eligibility.criterion]]\n  id = \"c\"\n  text = \"t\"\n";   // 10-12
    struct bad_case {
        std::string text;
        long line;
        std::string needle;
    };
    const std::vector<bad_case> cases{
        {"  check = \"maybe\"\n  column = \"x\"\n", 13, "yes, no, at_least"},
        {"  check = \"at_least\"\n  column = \"years\"\n", 10, "needs 'minimum'"},
        {"  check = \"yes\"\n  column = \"qts\"\n  minimum = 2\n", 15, "'at_least' criterion only"},
        {"  check = \"one_of\"\n  column = \"phase\"\n  values = [\"tertiary\"]\n", 15,
         "'tertiary'"},
        {"  check = \"one_of\"\n  column = \"phase\"\n", 10, "needs it"},
        {"  check = \"no\"\n  columns = [\"ect\", \"qts\"]\n", 14, "reads one column"},
        {"  check = \"yes\"\n", 10, "exactly one of 'column' and 'columns'"},
        {"  check = \"yes\"\n  column = \"Hub\"\n", 14, "lower-case"},
        {"  check = \"yes\"\n  column = \"edition\"\n", 14, "not applicant, edition or hub"},
        {"  check = \"yes\"\n  column = \"qts\"\n  distinct = true\n", 15, "'trn' criterion only"},
        {"  check = \"yes\"\n  column = \"qts\"\n  level = \"essential\"\n", 15,
         "unknown key 'level'"},
    };
    for (const bad_case& c : cases) {
        const std::string text = base + c.text;
        INFO(text);
        const error e = error_from(errc::input, [&] { parse_edition(text, "bad.toml"); });
        INFO(std::string(e.what()));
        CHECK(contains(e.what(), "bad.toml:" + std::to_string(c.line) + ":"));
        CHECK(contains(e.what(), c.needle));
    }
    const error twice = error_from(errc::input, [&] {
        parse_edition(base +
                          "  check = \"yes\"\n  column = \"qts\"\n"
                          "  [[eligibility.criterion]]\n  id = \"c\"\n  text = \"u\"\n"
                          "  check = \"no\"\n  column = \"ect\"\n",
                      "bad.toml");
    });
    CHECK(contains(twice.what(), "bad.toml:16:"));
    CHECK(contains(twice.what(), "defined twice"));
}
