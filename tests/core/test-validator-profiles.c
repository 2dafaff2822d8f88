/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <string.h>

#include "fw-data.h"
#include "fw-document.h"
#include "fw-error.h"
#include "fw-formats.h"
#include "fw-rules-private.h"
#include "fw-validator.h"

#include "fw-test-validator-util.h"

/*
 * Validation profiles: loading them by name and by path, what they change, and the errors a
 * broken profile file gets.
 */

/* Profiles ------------------------------------------------------------------------------------- */

static void
test_profile_by_name (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FwProfile) nsx = fw_profile_load ("nsx-1.0", &error);
  g_autoptr(FwProfile) strict = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (fw_profile_get_name (nsx), ==, "nsx-1.0");
  g_assert_cmpuint (fw_profile_get_expected_statements (nsx), ==, 10);
  g_assert_cmpuint (g_strv_length ((char **) _fw_profile_get_domains (nsx)), ==, 10);
  g_assert_cmpstr (_fw_profile_get_domains (nsx)[5], ==, "Character");

  strict = fw_profile_load ("strict-example", &error);
  g_assert_no_error (error);
  /* Its own name, and what it does not change inherited from nsx-1.0. */
  g_assert_cmpstr (fw_profile_get_name (strict), ==, "strict-example");
  g_assert_cmpuint (fw_profile_get_expected_statements (strict), ==, 10);
  g_assert_cmpint (_fw_profile_rule_severity (strict, FW_RULE_DUP_NEAR), ==, FW_SEVERITY_ERROR);
  g_assert_cmpint (_fw_profile_rule_severity (nsx, FW_RULE_DUP_NEAR), ==, FW_SEVERITY_WARNING);
}

static void
test_profile_default (void)
{
  FwProfile *profile = fw_profile_get_default ();
  g_autoptr(FwValidator) validator = fw_validator_new (NULL);

  g_assert_nonnull (profile);
  g_assert_true (profile == fw_profile_get_default ());
  g_assert_cmpstr (fw_profile_get_name (profile), ==, "nsx-1.0");
  g_assert_true (fw_validator_get_profile (validator) == profile);
}

static void
test_profile_unknown_name (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FwProfile) profile = fw_profile_load ("no-such-profile", &error);

  g_assert_null (profile);
  g_assert_error (error, FW_ERROR, FW_ERROR_IO);
  g_assert_true (g_str_has_prefix (error->message, "no-such-profile: error: no shipped profile"));
}

static void
test_profile_by_path (void)
{
  g_autoptr(FwProfile) profile = load_profile_file ("org-profile.json");
  g_autoptr(FwDocument) document = build_document ();
  g_autoptr(FwValidator) validator = NULL;
  g_autoptr(FwValidator) default_validator = NULL;

  g_assert_cmpstr (fw_profile_get_name (profile), ==, "our-college");
  g_assert_cmpuint (fw_profile_get_expected_statements (profile), ==, 2);

  /* FW-LVL-004 is switched off by the organisation's profile, not by nsx-1.0. */
  developing_three (document);
  validator = run_validator (document, profile);
  g_assert_cmpuint (count_rule (validator, "FW-LVL-004"), ==, 0);
  default_validator = run_validator (document, NULL);
  g_assert_cmpuint (count_rule (default_validator, "FW-LVL-004"), ==, 4);
}

static void
test_profile_severity_changed (void)
{
  g_autoptr(FwProfile) profile = load_profile_file ("org-profile.json");
  g_autoptr(FwDocument) document = build_document ();
  g_autoptr(FwValidator) validator = NULL;
  g_autoptr(FwValidator) default_validator = NULL;
  g_autoptr(FwFinding) finding = NULL;
  g_autoptr(FwFinding) default_finding = NULL;

  developing_near_emerging (document);
  validator = run_validator (document, profile);
  finding = find_rule (validator, "FW-DUP-002");
  g_assert_nonnull (finding);
  g_assert_cmpint (fw_finding_get_severity (finding), ==, FW_SEVERITY_ERROR);
  g_assert_cmpuint (fw_validator_get_n_errors (validator), ==, 1);

  default_validator = run_validator (document, NULL);
  default_finding = find_rule (default_validator, "FW-DUP-002");
  g_assert_cmpint (fw_finding_get_severity (default_finding), ==, FW_SEVERITY_WARNING);
}

typedef struct
{
  const char *file;
  const char *location;    /* ":LINE:COLUMN: error: " */
  const char *message;     /* a part of the message */
} BadProfile;

static const BadProfile bad_profiles[] = {
  { "bad-unknown-rule.json", ":5:5: error: ", "unknown rule \"FW-XYZ-999\"" },
  { "bad-severity.json", ":4:33: error: ",
    "rules.FW-DUP-002.severity: expected \"error\", \"warning\" or \"info\", got \"fatal\"" },
  { "bad-type.json", ":3:29: error: ", "nearDuplicateThreshold: expected a number, got a string" },
  { "bad-member.json", ":3:3: error: ", "unknown profile member \"expectedStatementPerLevel\"" },
  { "bad-syntax.json", ":4:1: error: ", "" },
  { "bad-extends-loop.json", ":3:14: error: ", "extend each other more than 8 deep" },
};

static void
test_profile_bad_file (gconstpointer data)
{
  const BadProfile *bad = data;
  g_autofree char *path = test_data_path (bad->file);
  g_autofree char *prefix = g_strconcat (path, bad->location, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(FwProfile) profile = fw_profile_load (path, &error);

  g_assert_null (profile);
  g_assert_nonnull (error);
  g_assert_true (error->domain == FW_ERROR);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, prefix));
  g_assert_nonnull (strstr (error->message, bad->message));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  use_test_onet_data ();

  g_test_add_func ("/validator/profile/by-name", test_profile_by_name);
  g_test_add_func ("/validator/profile/default", test_profile_default);
  g_test_add_func ("/validator/profile/unknown-name", test_profile_unknown_name);
  g_test_add_func ("/validator/profile/by-path-rule-disabled", test_profile_by_path);
  g_test_add_func ("/validator/profile/severity-changed", test_profile_severity_changed);
  for (guint i = 0; i < G_N_ELEMENTS (bad_profiles); i++)
    {
      g_autofree char *test_path = g_strdup_printf ("/validator/profile/bad/%s",
                                                    bad_profiles[i].file);

      g_test_add_data_func (test_path, &bad_profiles[i], test_profile_bad_file);
    }

  return g_test_run ();
}
