/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fw-page-private.h"

G_BEGIN_DECLS

/*
 * Internals of the page-text reader (step 2 of fw-page-private.h), shared by its stages:
 * fw-page-text.c (the parser and the entry points), fw-page-anchor.c (section anchors and
 * domain headers), fw-page-feed.c (each section's lines), fw-page-cut.c (citation chips glued
 * onto copied statements) and fw-page-text-support.c (the helpers they all share). Calls run
 * one way: the parser calls the stages, the anchor stage calls the feed stage for the footer,
 * and everything calls the helpers, which call none of them.
 */

/* Citation chips are at the end of a statement: only this much of it is searched. */
#define CHIP_WINDOW 768
/* A chip's short label is at most this long (bytes, words). */
#define MAX_LABEL_BYTES 200
#define MAX_LABEL_WORDS 8
/* Possible label/title boundaries examined per chip. */
#define MAX_CANDIDATES 48
/* A SOC line is short; longer ones are only searched for the code. */
#define MAX_SOC_LINE 512
/* Skipped lines are quoted up to this many characters. */
#define QUOTE_CHARS 60

typedef enum
{
  STATE_PREAMBLE,       /* before the SOC line: chrome and the title */
  STATE_HEADER,         /* context covered */
  STATE_LEVELS,
  STATE_AI_INTRO,       /* prose between the levels and the AI-fluency statements */
  STATE_AI,
  STATE_EVIDENCE,
  STATE_WEF,
  STATE_DURABLE_INTRO,
  STATE_DURABLE,
  STATE_ONET_INTRO,
  STATE_RELATED,
  STATE_RAPIDS,
  STATE_LIST,
  STATE_TASKS,
  STATE_CIP,
  STATE_FOOTER,
} State;

typedef enum
{
  ANCHOR_NONE,
  ANCHOR_EVIDENCE,
  ANCHOR_WEF,
  ANCHOR_SOURCE_ANCHORS,
  ANCHOR_ENRICHMENT,
  ANCHOR_CHROME,
  ANCHOR_RELATED,
  ANCHOR_RAPIDS,
  ANCHOR_LIST,
  ANCHOR_TASKS,
  ANCHOR_CIP,
  ANCHOR_SOURCES,
} Anchor;

struct _FwPageParser
{
  char           *filename;
  FwPageWarnings *warnings;
  FwPage         *page;
  GRegex         *soc_regex;
  GError         *error;          /* the first fatal error; later lines are ignored */

  State           state;
  char           *title_candidate;
  guint           title_candidate_line;
  gboolean        expect_context;
  gboolean        expect_role;
  int             last_level;     /* the last proficiency level seen, -1 before the first */
  FwPageLevel    *level;          /* the list that numbered items go to */
  FwPageDomain   *domain;
  GHashTable     *domains_by_name;  /* casefolded name -> FwPageDomain (borrowed) */
  FwPageList      list;
  guint           wef_lines;
  guint           n_statements;
  GHashTable     *full_lists;     /* lists whose overflow was reported */
  gboolean        seen_content;
};

/* Helpers, in fw-page-text-support.c. */

char *_fw_page_text_quote_line (const char *text);

gboolean _fw_page_text_equal_ci (const char *a,
                                 const char *b);

/* @prefix at the start of @text, unless a lowercase word goes on ("Tasks" in "Tasksheet"). */
const char *_fw_page_text_skip_word_prefix (const char *text,
                                            const char *prefix);

char *_fw_page_text_strip_copy (const char *start,
                                gsize       length);

/* Splits @text at every @separator, in one pass (lines can be megabytes long). */
GPtrArray *_fw_page_text_split_text (const char *text,
                                     const char *separator);

gboolean _fw_page_text_level_from_label (const char *text,
                                         FwLevelKey *key);

/* "AdvancedLead / Principal / Executive": a level label with its role label glued on. */
gboolean _fw_page_text_level_with_role (const char  *text,
                                        FwLevelKey  *key,
                                        const char **role);

gboolean _fw_page_text_durable_level_from_label (const char     *text,
                                                 FwDurableLevel *level);

/* Lines of the site around the framework, never reported. */
gboolean _fw_page_text_is_chrome (const char *text);

/* "35", "3.5%", "42.2 / 100": the leading number, with only a unit or scale after it. */
gboolean _fw_page_text_parse_evidence_number (const char *text,
                                              double     *value);

gboolean _fw_page_text_is_identifier (const char *text);

void _fw_page_text_warn_skipped (FwPageParser *self,
                                 guint         line,
                                 const char   *text);

void _fw_page_text_fail (FwPageParser *self,
                         FwErrorCode   code,
                         guint         line,
                         const char   *message);

/* Stages, in fw-page-feed.c, fw-page-anchor.c and fw-page-cut.c. */

void _fw_page_text_feed_preamble (FwPageParser     *self,
                                  const FwPageLine *line);

void _fw_page_text_feed_levels (FwPageParser     *self,
                                const FwPageLine *line,
                                gboolean          numbered,
                                const char       *rest);

void _fw_page_text_feed_header (FwPageParser     *self,
                                const FwPageLine *line);

void _fw_page_text_feed_ai (FwPageParser     *self,
                            const FwPageLine *line,
                            gboolean          numbered,
                            const char       *rest);

void _fw_page_text_feed_evidence (FwPageParser     *self,
                                  const FwPageLine *line);

void _fw_page_text_feed_wef (FwPageParser     *self,
                             const FwPageLine *line);

void _fw_page_text_feed_durable (FwPageParser     *self,
                                 const FwPageLine *line,
                                 gboolean          numbered,
                                 const char       *rest);

void _fw_page_text_add_related_titles (FwPageParser     *self,
                                       const FwPageLine *line);

/* "0279 · Radiologic Technologist" (several may share a line). */
void _fw_page_text_add_apprenticeships (FwPageParser     *self,
                                        const FwPageLine *line);

void _fw_page_text_add_list_items (FwPageParser     *self,
                                   const FwPageLine *line);

void _fw_page_text_add_task (FwPageParser     *self,
                             const FwPageLine *line,
                             gboolean          numbered,
                             const char       *rest);

/* "51.090751.091151.0919": fixed-width NN.NNNN codes, possibly glued. */
void _fw_page_text_add_cip_codes (FwPageParser     *self,
                                  const FwPageLine *line);

/* "Sources: A (x), B, C. © 2026 Publisher." */
void _fw_page_text_parse_footer (FwPageParser     *self,
                                 const FwPageLine *line,
                                 const char       *rest);

void _fw_page_text_feed_footer (FwPageParser     *self,
                                const FwPageLine *line);

/* Section anchors and domain headers, recognised wherever they appear after the header. */
gboolean _fw_page_text_feed_anchor (FwPageParser     *self,
                                    const FwPageLine *line);

void _fw_page_text_resolve_chips (FwPageParser *self);

G_END_DECLS
