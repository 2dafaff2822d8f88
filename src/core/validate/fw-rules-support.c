/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include "fw-rules-private.h"

/*
 * What the rule files share: reporting findings, document-order keys, paths and quotations.
 * It sits below the rule files and the validator, and calls neither.
 */

/* Reporting ------------------------------------------------------------------------------------ */

void
_fw_pending_finding_free (gpointer data)
{
  FwPendingFinding *pending = data;

  g_clear_object (&pending->finding);
  g_free (pending);
}

guint64
_fw_order_key (guint section,
               guint group,
               guint item,
               guint field)
{
  return ((guint64) section << 56) | ((guint64) MIN (group, 0xffff) << 40) |
         ((guint64) MIN (item, 0xffffff) << 16) | MIN (field, 0xffff);
}

guint64
_fw_order_for_section (FwSection section,
                       guint     group,
                       guint     item)
{
  switch (section)
    {
    case FW_SECTION_LEVELS:
      return _fw_order_key (FW_ORDER_LEVELS, group, item, 0);
    case FW_SECTION_AI_FLUENCY:
      return _fw_order_key (FW_ORDER_AI_FLUENCY, group, item, 0);
    case FW_SECTION_DURABLE_SKILLS:
    default:
      return _fw_order_key (FW_ORDER_DURABLE_SKILLS, group, item, 0);
    }
}

gboolean
_fw_rule_enabled (FwRuleContext *ctx,
                  FwRule         rule)
{
  if (ctx->nsx && _fw_rule_get_doc (rule)->skip_nsx)
    return FALSE;

  return _fw_profile_rule_enabled (ctx->profile, rule);
}

static void
add_finding (FwRuleContext           *ctx,
             FwRule                   rule,
             guint64                  order,
             const FwFindingLocation *location,
             const char              *path,
             const char              *statement_id,
             const char              *field,
             const char              *hint,
             const char              *message,
             const char              *translated)
{
  FwPendingFinding *pending;
  FwFindingLocation whole_section = { order >> 56, -1, NULL, NULL };

  pending = g_new0 (FwPendingFinding, 1);
  pending->finding = fw_finding_new (fw_validator_get_rules (NULL)[rule].id,
                                     _fw_profile_rule_severity (ctx->profile, rule),
                                     location != NULL ? location : &whole_section,
                                     path, statement_id, field, message, hint);
  if (translated != NULL)
    _fw_finding_set_translated_message (pending->finding, translated);
  pending->order = order;
  pending->sequence = ctx->pending->len;
  g_ptr_array_add (ctx->pending, pending);
}

void
_fw_report (FwRuleContext           *ctx,
            FwRule                   rule,
            guint64                  order,
            const char              *path,
            const FwFindingLocation *location,
            const char              *field,
            const char              *hint,
            const char              *format,
            ...)
{
  g_autofree char *message = NULL;
  g_autofree char *translated = NULL;
  va_list args;

  if (!_fw_rule_enabled (ctx, rule))
    return;

  /* English for machine formats; the translation, if any, for people. */
  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  va_start (args, format);
  translated = _fw_finding_vprintf_translated (format, args);
  va_end (args);

  add_finding (ctx, rule, order, location, path, NULL, field, hint, message, translated);
}

static guint
field_rank (const char *field)
{
  static const char * const fields[] = { "headline", "body", "citations", "anchors" };

  for (guint i = 0; field != NULL && i < G_N_ELEMENTS (fields); i++)
    {
      if (g_str_equal (field, fields[i]))
        return i + 1;
    }

  return 0;
}

void
_fw_report_statement (FwRuleContext        *ctx,
                      FwRule                rule,
                      const FwStatementRef *ref,
                      const char           *field,
                      const char           *hint,
                      const char           *format,
                      ...)
{
  g_autofree char *message = NULL;
  g_autofree char *translated = NULL;
  g_autofree char *path = NULL;
  FwFindingLocation location;
  va_list args;

  if (!_fw_rule_enabled (ctx, rule))
    return;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  va_start (args, format);
  translated = _fw_finding_vprintf_translated (format, args);
  va_end (args);

  location.section = _fw_finding_section (ref->section);
  location.level = ref->level;
  location.domain_id = ref->domain != NULL ? fw_domain_get_id (ref->domain) : NULL;
  location.subject_id = fw_statement_get_id (ref->statement);
  path = field != NULL ? g_strconcat (_fw_statement_ref_get_path (ref), ".", field, NULL)
                       : g_strdup (_fw_statement_ref_get_path (ref));
  add_finding (ctx, rule, ref->order | field_rank (field), &location, path,
               fw_statement_get_id (ref->statement), field, hint, message, translated);
}

FwFindingSection
_fw_finding_section (FwSection section)
{
  switch (section)
    {
    case FW_SECTION_LEVELS:
      return FW_FINDING_SECTION_LEVELS;
    case FW_SECTION_AI_FLUENCY:
      return FW_FINDING_SECTION_AI_FLUENCY;
    case FW_SECTION_DURABLE_SKILLS:
    default:
      return FW_FINDING_SECTION_DURABLE_SKILLS;
    }
}

char *
_fw_section_path (FwSection  section,
                  int        level,
                  FwDomain  *domain)
{
  switch (section)
    {
    case FW_SECTION_LEVELS:
      return g_strdup_printf ("levels.%s", fw_level_key_to_string (level));
    case FW_SECTION_AI_FLUENCY:
      return g_strdup_printf ("aiFluency.%s", fw_level_key_to_string (level));
    case FW_SECTION_DURABLE_SKILLS:
    default:
      return g_strdup_printf ("durableSkills.%s.%s", fw_domain_get_name (domain),
                              fw_durable_level_to_string (level));
    }
}

char *
_fw_section_describe (FwSection  section,
                      int        level,
                      FwDomain  *domain)
{
  switch (section)
    {
    case FW_SECTION_LEVELS:
      return g_strdup_printf ("the %s level", fw_level_key_default_label (level));
    case FW_SECTION_AI_FLUENCY:
      return g_strdup_printf ("the AI-fluency %s level", fw_level_key_default_label (level));
    case FW_SECTION_DURABLE_SKILLS:
    default:
      return g_strdup_printf ("the %s / %s cell", fw_domain_get_name (domain),
                              fw_durable_level_default_label (level));
    }
}

char *
_fw_quote (const char *text,
           guint       max_chars)
{
  GString *out = g_string_new ("\"");
  guint n = 0;
  const char *p;

  /* Control characters become spaces, so that a message stays on one line. */
  for (p = text; *p != '\0' && n < max_chars; p = g_utf8_next_char (p), n++)
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_iscntrl (c))
        g_string_append_c (out, ' ');
      else
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
    }
  if (*p != '\0')
    g_string_append (out, "\xe2\x80\xa6");
  g_string_append_c (out, '"');

  return g_string_free (out, FALSE);
}

char *
_fw_describe_statement (FwStatement *statement)
{
  g_autofree char *text = fw_statement_to_text (statement);

  return _fw_quote (text, 60);
}

double
_fw_level_seniority (int level)
{
  return level + 1.0;
}

/* Paths of statements -------------------------------------------------------------------------- */

guint
_fw_durable_group (guint domain_index,
                   int   level)
{
  return domain_index * (FW_N_DURABLE_LEVELS + 1) + level + 1;
}

/* Paths are only needed for findings, so they are built on first use. */
const char *
_fw_statement_ref_get_path (const FwStatementRef *ref)
{
  FwStatementRef *mutable_ref = (FwStatementRef *) ref;
  g_autofree char *section_path = NULL;

  if (ref->path != NULL)
    return ref->path;

  section_path = _fw_section_path (ref->section, ref->level, ref->domain);
  if (ref->section == FW_SECTION_LEVELS)
    mutable_ref->path = g_strdup_printf ("%s.statements[%u]", section_path, ref->position);
  else
    mutable_ref->path = g_strdup_printf ("%s[%u]", section_path, ref->position);

  return ref->path;
}
