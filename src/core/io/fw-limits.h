/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <string.h>

#include <glib.h>

G_BEGIN_DECLS

/*
 * The limits every reader enforces, in one place, so that the README, the readers and the
 * tests agree. Input past a limit is refused with an error, never truncated in silence.
 * The file size limit is FW_MAX_FILE_SIZE in fw-io.h.
 */

/**
 * FW_MAX_JSON_DEPTH:
 *
 * The deepest nesting of JSON arrays and objects the readers accept (the value of
 * `FW_JSON_MAX_DEPTH` in fw-json.h). The top-level value counts as depth 1.
 */
#define FW_MAX_JSON_DEPTH 64

/**
 * FW_MAX_HTML_DEPTH:
 *
 * The deepest nesting of HTML elements the page reader accepts; <html> counts as level 1.
 * (libxml2 itself stops building the tree one level deeper and drops the rest, so the reader
 * must refuse any element past this level, not only elements with children.)
 */
#define FW_MAX_HTML_DEPTH 256

/**
 * FW_MAX_STATEMENT_LENGTH:
 *
 * The longest statement the readers accept, in bytes of UTF-8, measured on the statement's
 * text form "Headline — body" (the NSX string as read; for .fwk the headline, the
 * separator " — " and the body).
 */
#define FW_MAX_STATEMENT_LENGTH 4096

/*
 * fw_limits_statement_text_fits:
 * @text: (nullable): a statement in its text form "Headline — body"
 *
 * Returns: whether @text is within %FW_MAX_STATEMENT_LENGTH
 */
static inline gboolean
fw_limits_statement_text_fits (const char *text)
{
  return text == NULL || strlen (text) <= FW_MAX_STATEMENT_LENGTH;
}

/*
 * fw_limits_statement_fits:
 * @headline: (nullable): a statement's headline; %NULL counts as empty
 * @body: (nullable): the statement's body; %NULL counts as empty
 *
 * Returns: whether "@headline — @body" is within %FW_MAX_STATEMENT_LENGTH
 */
static inline gboolean
fw_limits_statement_fits (const char *headline,
                          const char *body)
{
  /* strlen (" — "): a space, the three bytes of U+2014 and a space. */
  gsize length = 5;

  length += headline != NULL ? strlen (headline) : 0;
  length += body != NULL ? strlen (body) : 0;
  return length <= FW_MAX_STATEMENT_LENGTH;
}

G_END_DECLS
