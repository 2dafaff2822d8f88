/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include "fw-history.h"
#include "fw-replace.h"
#include "fw-statement.h"
#include "fw-test-util.h"

/* Replacing text across every section of a framework, as one undo step. */

typedef struct
{
  FwStatement *level;
  FwStatement *durable;
} Picked;

static gboolean
pick_cb (FwStatement            *statement,
         const FwStatementPlace *place,
         gpointer                user_data)
{
  Picked *picked = user_data;

  if (place->section == FW_SECTION_LEVELS && picked->level == NULL)
    picked->level = statement;
  if (place->section == FW_SECTION_DURABLE_SKILLS && picked->durable == NULL)
    picked->durable = statement;

  return TRUE;
}

static void
test_replace_every_section (void)
{
  g_autoptr(FwDocument) document = read_sample_fwk ();
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GPtrArray) none = NULL;
  g_autofree char *level_body = NULL;
  FwHistory *history = fw_document_get_history (document);
  Picked picked = { NULL, NULL };
  FwReplaceChange *first;

  fw_document_foreach_statement (document, pick_cb, &picked);
  fw_statement_set_headline (picked.level, "Wombat care");
  fw_statement_set_body (picked.level, "feeds one wombat, then another wombat");
  fw_statement_set_body (picked.durable, "calms an anxious wombat");
  level_body = g_strdup (fw_statement_get_body (picked.level));

  changes = fw_replace_plan (document, "wombat", "quokka");
  /* The body of the level statement and of the durable one; case-sensitive, so the
   * headline "Wombat care" is not changed. */
  g_assert_cmpuint (changes->len, ==, 2);
  first = g_ptr_array_index (changes, 0);
  g_assert_cmpstr (first->statement_id, ==, fw_statement_get_id (picked.level));
  g_assert_cmpstr (first->field, ==, "body");
  g_assert_cmpstr (first->after, ==, "feeds one quokka, then another quokka");
  g_assert_cmpstr (((FwReplaceChange *) g_ptr_array_index (changes, 1))->statement_id, ==,
                   fw_statement_get_id (picked.durable));

  fw_document_run (document, fw_replace_command_new (document, changes));
  g_assert_cmpstr (fw_statement_get_body (picked.level), ==,
                   "feeds one quokka, then another quokka");
  g_assert_cmpstr (fw_statement_get_body (picked.durable), ==, "calms an anxious quokka");
  g_assert_cmpstr (fw_statement_get_headline (picked.level), ==, "Wombat care");

  /* One undo step puts everything back. */
  fw_history_undo (history);
  g_assert_cmpstr (fw_statement_get_body (picked.level), ==, level_body);
  g_assert_cmpstr (fw_statement_get_body (picked.durable), ==, "calms an anxious wombat");

  none = fw_replace_plan (document, "axolotl", "x");
  g_assert_cmpuint (none->len, ==, 0);
}

static void
test_replace_headline (void)
{
  g_autoptr(FwDocument) document = read_sample_fwk ();
  g_autoptr(GPtrArray) changes = NULL;
  Picked picked = { NULL, NULL };

  fw_document_foreach_statement (document, pick_cb, &picked);
  fw_statement_set_headline (picked.level, "Zebrafish husbandry");
  changes = fw_replace_plan (document, "Zebrafish", "Axolotl");
  g_assert_cmpuint (changes->len, ==, 1);
  g_assert_cmpstr (((FwReplaceChange *) g_ptr_array_index (changes, 0))->field, ==, "headline");
  fw_document_run (document, fw_replace_command_new (document, changes));
  g_assert_cmpstr (fw_statement_get_headline (picked.level), ==, "Axolotl husbandry");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/replace/every-section", test_replace_every_section);
  g_test_add_func ("/replace/headline", test_replace_headline);

  return g_test_run ();
}
