/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "fw-rules-private.h"

/*
 * Durable skills (FW-DUR-001 … FW-DUR-004). The statements of the cells go through the same
 * statement, progression, duplicate and citation rules as every other statement.
 */

/* Domain names compare without regard to case; each list is folded once per run. */
typedef struct
{
  GPtrArray  *domains;           /* FwDomain */
  char      **folded_domains;
  char      **folded_expected;
} DomainNames;

static char **
fold_names (const char * const *names,
            guint               n)
{
  char **folded = g_new0 (char *, n + 1);

  for (guint i = 0; i < n; i++)
    folded[i] = g_utf8_casefold (names[i], -1);

  return folded;
}

static gboolean
contains_name (char * const *folded,
               guint         n,
               const char   *folded_name)
{
  for (guint i = 0; i < n && folded[i] != NULL; i++)
    {
      if (g_str_equal (folded[i], folded_name))
        return TRUE;
    }

  return FALSE;
}

static void
check_missing_domains (FwRuleContext     *ctx,
                       const DomainNames *names)
{
  const char * const *expected = _fw_profile_get_domains (ctx->profile);
  guint64 order = _fw_order_key (FW_ORDER_DURABLE_SKILLS, 0, 0, 0);
  guint n_expected = g_strv_length ((char **) expected);
  guint n_domains = names->domains->len;

  if (n_expected == 0)
    return;

  /* One finding, not ten, for a framework that has no durable skills yet. */
  if (n_domains == 0)
    {
      g_autofree char *list = g_strjoinv (", ", (char **) expected);

      _fw_report (ctx, FW_RULE_DUR_MISSING_DOMAIN, order, "durableSkills", NULL, NULL,
                  N_("Add the durable-skill domains, each with statements at its four levels."),
                  N_("the framework has no durable skills; the profile expects %u domains: %s"),
                  n_expected, list);
      return;
    }

  for (guint i = 0; expected[i] != NULL; i++)
    {
      g_autofree char *path = NULL;

      if (contains_name (names->folded_domains, n_domains, names->folded_expected[i]))
        continue;

      path = g_strdup_printf ("durableSkills.%s", expected[i]);
      _fw_report (ctx, FW_RULE_DUR_MISSING_DOMAIN, order, path, NULL, NULL,
                  N_("Add the domain, with statements at each of its four levels."),
                  N_("the durable-skill domain \"%s\" is missing"), expected[i]);
    }
}

static void
check_domain_name (FwRuleContext     *ctx,
                   const DomainNames *names,
                   guint              index)
{
  FwDomain *domain = g_ptr_array_index (names->domains, index);
  const char *name = fw_domain_get_name (domain);
  const char * const *expected = _fw_profile_get_domains (ctx->profile);
  guint64 order = _fw_order_key (FW_ORDER_DURABLE_SKILLS, _fw_durable_group (index, -1), 0, 0);
  const FwFindingLocation *location = FW_LOCATION (FW_FINDING_SECTION_DURABLE_SKILLS, -1,
                                                   fw_domain_get_id (domain),
                                                   fw_domain_get_id (domain));
  g_autofree char *path = NULL;
  g_autofree char *stripped = g_strstrip (g_strdup (name));

  if (*stripped == '\0')
    {
      path = g_strdup_printf ("durableSkills[%u]", index);
      _fw_report (ctx, FW_RULE_DUR_DOMAIN_NAME, order, path, location, "name",
                  N_("Name the domain, e.g. Communication."),
                  N_("durable-skill domain %u has no name"), index + 1);
      return;
    }

  path = g_strdup_printf ("durableSkills.%s", name);
  for (guint i = 0; i < index; i++)
    {
      if (g_str_equal (names->folded_domains[i], names->folded_domains[index]))
        {
          _fw_report (ctx, FW_RULE_DUR_DOMAIN_NAME, order, path, location, "name",
                      N_("Merge the two domains, or rename one."),
                      N_("there are two domains named \"%s\" (domains %u and %u)"), name, i + 1,
                      index + 1);
          return;
        }
    }

  if (expected[0] != NULL &&
      !contains_name (names->folded_expected, G_MAXUINT, names->folded_domains[index]))
    {
      g_autofree char *list = g_strjoinv (", ", (char **) expected);
      g_autofree char *hint = g_strdup_printf (_("If it is a misspelling, use one of: %s."), list);

      _fw_report (ctx, FW_RULE_DUR_UNKNOWN_DOMAIN, order, path, location, "name", hint,
                  N_("the domain \"%s\" is not one the profile expects"), name);
    }
}

/* One whole message per level, so that translations name the level in their own words. */
static void
report_empty_cell (FwRuleContext           *ctx,
                   guint64                  order,
                   const char              *path,
                   const FwFindingLocation *location,
                   const char              *domain,
                   guint                    level)
{
  const char *hint = N_("Write at least one statement for this level of the domain.");

  switch (level)
    {
    case FW_DURABLE_EMERGING:
      _fw_report (ctx, FW_RULE_DUR_EMPTY_CELL, order, path, location, NULL, hint,
                  N_("the %s domain has no Emerging statements"), domain);
      break;
    case FW_DURABLE_DEVELOPING:
      _fw_report (ctx, FW_RULE_DUR_EMPTY_CELL, order, path, location, NULL, hint,
                  N_("the %s domain has no Developing statements"), domain);
      break;
    case FW_DURABLE_APPLYING:
      _fw_report (ctx, FW_RULE_DUR_EMPTY_CELL, order, path, location, NULL, hint,
                  N_("the %s domain has no Applying statements"), domain);
      break;
    default:
      _fw_report (ctx, FW_RULE_DUR_EMPTY_CELL, order, path, location, NULL, hint,
                  N_("the %s domain has no Exceeding statements"), domain);
      break;
    }
}

static void
check_cells (FwRuleContext *ctx,
             FwDomain      *domain,
             guint          index)
{
  for (guint level = 0; level < FW_N_DURABLE_LEVELS; level++)
    {
      g_autofree char *path = NULL;

      if (g_list_model_get_n_items (G_LIST_MODEL (fw_domain_get_cell (domain, level))) > 0)
        continue;

      path = _fw_section_path (FW_SECTION_DURABLE_SKILLS, level, domain);
      report_empty_cell (ctx,
                         _fw_order_key (FW_ORDER_DURABLE_SKILLS, _fw_durable_group (index, level),
                                        0, 0),
                         path,
                         FW_LOCATION (FW_FINDING_SECTION_DURABLE_SKILLS, level,
                                      fw_domain_get_id (domain), fw_domain_get_id (domain)),
                         fw_domain_get_name (domain), level);
    }
}

void
_fw_rules_durable (FwRuleContext *ctx)
{
  GListModel *model = G_LIST_MODEL (fw_document_get_domains (ctx->document));
  const char * const *expected = _fw_profile_get_domains (ctx->profile);
  g_autoptr(GPtrArray) domains = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree const char **domain_names = NULL;
  DomainNames names;
  guint n = g_list_model_get_n_items (model);

  if (ctx->nsx)
    return;

  domain_names = g_new0 (const char *, n + 1);
  for (guint i = 0; i < n; i++)
    {
      FwDomain *domain = g_list_model_get_item (model, i);

      g_ptr_array_add (domains, domain);
      domain_names[i] = fw_domain_get_name (domain);
    }

  names.domains = domains;
  names.folded_domains = fold_names (domain_names, n);
  names.folded_expected = fold_names (expected, g_strv_length ((char **) expected));

  check_missing_domains (ctx, &names);
  for (guint i = 0; i < domains->len; i++)
    {
      check_domain_name (ctx, &names, i);
      check_cells (ctx, g_ptr_array_index (domains, i), i);
    }

  g_strfreev (names.folded_domains);
  g_strfreev (names.folded_expected);
}
