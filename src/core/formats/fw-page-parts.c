/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <math.h>
#include <string.h>

#include "fw-error.h"
#include "fw-io.h"
#include "fw-limits.h"
#include "fw-page-private.h"
#include "fw-utf8.h"

/* The parts the page readers share: the warnings they collect, the page structures of step 2
 * (see fw-page-private.h), and the checks and clean-up of their input text. */

/* ---------------------------------------------------------------------------------------- */
/* Warnings                                                                                 */

FwPageWarnings *
_fw_page_warnings_new (const char *filename)
{
  FwPageWarnings *self = g_new0 (FwPageWarnings, 1);

  self->filename = g_strdup (filename != NULL ? filename : "<input>");
  self->diagnostics = g_ptr_array_new_with_free_func ((GDestroyNotify) fw_diagnostic_free);

  return self;
}

void
_fw_page_warnings_free (FwPageWarnings *self)
{
  if (self == NULL)
    return;

  g_ptr_array_unref (self->diagnostics);
  g_free (self->filename);
  g_free (self);
}

void
_fw_page_warn (FwPageWarnings *self,
               guint           line,
               const char     *statement_id,
               const char     *format,
               ...)
{
  g_autofree char *message = NULL;
  va_list args;

  if (self == NULL)
    return;

  if (self->diagnostics->len >= FW_PAGE_MAX_WARNINGS)
    {
      self->dropped++;
      return;
    }

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_ptr_array_add (self->diagnostics,
                   fw_diagnostic_new (self->filename, line, 0, statement_id, "%s", message));
}

static int
compare_diagnostics (gconstpointer a,
                     gconstpointer b)
{
  const FwDiagnostic *da = *(const FwDiagnostic * const *) a;
  const FwDiagnostic *db = *(const FwDiagnostic * const *) b;

  return (da->line > db->line) - (da->line < db->line);
}

void
_fw_page_warnings_flush (FwPageWarnings *self,
                         GPtrArray      *out)
{
  g_return_if_fail (self != NULL);

  /* g_ptr_array_sort() is a stable merge sort: equal lines keep their order. */
  g_ptr_array_sort (self->diagnostics, compare_diagnostics);
  if (self->dropped > 0)
    g_ptr_array_add (self->diagnostics,
                     fw_diagnostic_new (self->filename, 0, 0, NULL,
                                        "%u more warnings were not shown", self->dropped));
  self->dropped = 0;

  for (guint i = 0; i < self->diagnostics->len; i++)
    {
      FwDiagnostic *diagnostic = g_ptr_array_index (self->diagnostics, i);

      g_ptr_array_index (self->diagnostics, i) = NULL;
      if (out != NULL)
        g_ptr_array_add (out, diagnostic);
      else
        fw_diagnostic_free (diagnostic);
    }
  g_ptr_array_set_size (self->diagnostics, 0);
}

/* ---------------------------------------------------------------------------------------- */
/* Page structures                                                                          */

FwPageChip *
_fw_page_chip_new (const char *label,
                   const char *title,
                   const char *url,
                   guint       line)
{
  FwPageChip *chip = g_new0 (FwPageChip, 1);

  chip->label = g_strdup (label);
  chip->title = g_strdup (title);
  chip->url = g_strdup (url);
  chip->line = line;

  return chip;
}

void
_fw_page_chip_free (FwPageChip *chip)
{
  if (chip == NULL)
    return;

  g_free (chip->label);
  g_free (chip->title);
  g_free (chip->url);
  g_free (chip);
}

FwPageItem *
_fw_page_item_new (void)
{
  FwPageItem *item = g_new0 (FwPageItem, 1);

  item->chips = g_ptr_array_new_with_free_func ((GDestroyNotify) _fw_page_chip_free);

  return item;
}

void
_fw_page_item_free (FwPageItem *item)
{
  if (item == NULL)
    return;

  g_free (item->headline);
  g_free (item->body);
  g_free (item->text);
  g_ptr_array_unref (item->chips);
  g_free (item);
}

FwPageStatement *
_fw_page_statement_new (guint       line,
                        const char *text)
{
  FwPageStatement *statement = g_new0 (FwPageStatement, 1);

  statement->line = line;
  statement->text = g_strdup (text);

  return statement;
}

void
_fw_page_statement_free (FwPageStatement *statement)
{
  if (statement == NULL)
    return;

  g_free (statement->text);
  g_free (statement->headline);
  g_free (statement->body);
  g_clear_pointer (&statement->chips, g_ptr_array_unref);
  g_free (statement);
}

static void
page_level_init (FwPageLevel *level)
{
  level->statements = g_ptr_array_new_with_free_func ((GDestroyNotify) _fw_page_statement_free);
}

static void
page_level_clear (FwPageLevel *level)
{
  g_free (level->label);
  g_free (level->role_label);
  g_clear_pointer (&level->statements, g_ptr_array_unref);
}

static void
page_domain_free (FwPageDomain *domain)
{
  g_free (domain->name);
  for (guint i = 0; i < FW_N_DURABLE_LEVELS; i++)
    page_level_clear (&domain->levels[i]);
  g_free (domain);
}

static void
page_apprenticeship_free (FwPageApprenticeship *apprenticeship)
{
  g_free (apprenticeship->code);
  g_free (apprenticeship->title);
  g_free (apprenticeship);
}

static void
page_task_free (FwPageTask *task)
{
  g_free (task->text);
  g_free (task);
}

FwPage *
_fw_page_new (void)
{
  FwPage *page = g_new0 (FwPage, 1);

  for (guint i = 0; i < FW_N_LEVELS; i++)
    {
      page_level_init (&page->levels[i]);
      page_level_init (&page->ai_levels[i]);
    }
  for (guint i = 0; i < FW_PAGE_EV_N_NUMBERS; i++)
    page->numbers[i] = NAN;
  page->domains = g_ptr_array_new_with_free_func ((GDestroyNotify) page_domain_free);
  page->anchor_count = -1;
  page->related_titles = g_ptr_array_new_with_free_func (g_free);
  page->apprenticeships =
    g_ptr_array_new_with_free_func ((GDestroyNotify) page_apprenticeship_free);
  for (guint i = 0; i < FW_PAGE_N_LISTS; i++)
    page->lists[i] = g_ptr_array_new_with_free_func (g_free);
  page->tasks = g_ptr_array_new_with_free_func ((GDestroyNotify) page_task_free);
  page->cip_codes = g_ptr_array_new_with_free_func (g_free);
  page->footer_sources = g_ptr_array_new_with_free_func (g_free);

  return page;
}

void
_fw_page_free (FwPage *page)
{
  if (page == NULL)
    return;

  g_free (page->title);
  g_free (page->soc);
  g_free (page->job_zone_label);
  g_free (page->version);
  g_free (page->context);
  for (guint i = 0; i < FW_N_LEVELS; i++)
    {
      page_level_clear (&page->levels[i]);
      page_level_clear (&page->ai_levels[i]);
    }
  for (guint i = 0; i < FW_PAGE_EV_N_STRINGS; i++)
    g_free (page->strings[i]);
  g_ptr_array_unref (page->domains);
  g_ptr_array_unref (page->related_titles);
  g_ptr_array_unref (page->apprenticeships);
  for (guint i = 0; i < FW_PAGE_N_LISTS; i++)
    g_ptr_array_unref (page->lists[i]);
  g_ptr_array_unref (page->tasks);
  g_ptr_array_unref (page->cip_codes);
  g_ptr_array_unref (page->footer_sources);
  g_free (page->attribution);
  g_free (page);
}

/* ---------------------------------------------------------------------------------------- */
/* Text helpers                                                                             */

static gboolean
is_space_char (gunichar c)
{
  /* No-break and zero-width spaces come along when text is copied from a browser. */
  return g_unichar_isspace (c) || c == 0x00A0 || c == 0x2007 || c == 0x202F ||
         c == 0x200B || c == 0xFEFF;
}

char *
_fw_page_collapse_spaces (const char *text)
{
  GString *out = g_string_sized_new (strlen (text));
  gboolean pending_space = FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (is_space_char (c))
        {
          pending_space = out->len > 0;
          continue;
        }
      if (pending_space)
        g_string_append_c (out, ' ');
      pending_space = FALSE;
      g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

gboolean
_fw_page_check_text (const char  *data,
                     gsize        length,
                     const char  *filename,
                     GError     **error)
{
  if (length > FW_MAX_FILE_SIZE)
    {
      fw_set_error_at (error, FW_ERROR_TOO_LARGE, filename, 0, 0,
                       "the page is larger than %u MiB", FW_MAX_FILE_SIZE / (1024 * 1024));
      return FALSE;
    }

  return fw_utf8_check_text (data, length, filename, "the page", error);
}
