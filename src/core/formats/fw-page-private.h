/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fw-format-readers.h"

G_BEGIN_DECLS

/*
 * Reading a framework page happens in three steps shared by the text and HTML readers:
 *
 *  1. The reader turns its input into lines (FwPageLine): a copied page is already lines;
 *     the HTML reader walks the document and makes one line per block element, attaching
 *     the structure that plain text loses (headline and body, citation links).
 *  2. FwPageParser (fw-page-text.c) reads the lines with the page's section anchors and
 *     fills an FwPage, the logical structure of the page.
 *  3. _fw_page_build() (fw-page-builder.c) turns the FwPage into an FwDocument: it splits
 *     glued headlines, creates the sources registry, links tasks to O*NET and reports
 *     inconsistencies.
 */

/* Warnings beyond this are dropped and one last warning says so. */
#define FW_PAGE_MAX_WARNINGS 1000
/* List items kept per list (O*NET lists, tasks, related titles …); a page lists a few dozen. */
#define FW_PAGE_MAX_LIST_ITEMS 10000
/*
 * A page has ten domains, a few hundred statements and a handful of sources: far more is not
 * a framework page, and is refused (FW_ERROR_TOO_LARGE) rather than built.
 */
#define FW_PAGE_MAX_DOMAINS 256
#define FW_PAGE_MAX_STATEMENTS 20000
#define FW_PAGE_MAX_SOURCES 1000
/* Citations read per statement; more are reported and skipped. */
#define FW_PAGE_MAX_CHIPS 64
/* What ends every citation chip's accessible text. */
#define FW_PAGE_CHIP_MARK "Opens in new tab."

typedef struct
{
  char *label;   /* short label shown on the chip */
  char *title;   /* full title of the source */
  char *url;     /* NULL when unknown */
  guint line;
} FwPageChip;

/* A list item as the HTML reader found it: the structure plain text loses. */
typedef struct
{
  guint      number;    /* position in an ordered list, 0 in an unordered one */
  char      *headline;  /* NULL unless marked up as the headline */
  char      *body;      /* NULL unless marked up as the body */
  char      *text;      /* the item's text without its citation chips */
  GPtrArray *chips;     /* FwPageChip*, in order */
} FwPageItem;

typedef struct
{
  guint             line;    /* 1-based line in the input */
  const char       *text;    /* trimmed, valid UTF-8, NUL-terminated */
  gboolean          atomic;  /* one list entry: never split glued names */
  const FwPageItem *item;    /* NULL for plain text */
} FwPageLine;

typedef struct
{
  guint      line;
  char      *text;        /* the item text; chips still glued on unless @chips is set */
  char      *headline;    /* known headline, or NULL when it must be split from @text */
  char      *body;
  GPtrArray *chips;       /* FwPageChip*, or NULL while unresolved */
  gboolean   chips_known; /* @chips is final (HTML, or already resolved) */
} FwPageStatement;

typedef struct
{
  gboolean   present;
  guint      line;
  char      *label;
  char      *role_label;
  GPtrArray *statements;  /* FwPageStatement* */
} FwPageLevel;

typedef struct
{
  char        *name;
  guint        line;
  int          declared;  /* statement count in the header, -1 when none */
  FwPageLevel  levels[FW_N_DURABLE_LEVELS];
} FwPageDomain;

typedef struct
{
  char *code;
  char *title;
} FwPageApprenticeship;

typedef struct
{
  guint  line;
  char  *text;
} FwPageTask;

typedef enum
{
  FW_PAGE_LIST_SKILLS,
  FW_PAGE_LIST_KNOWLEDGE,
  FW_PAGE_LIST_ABILITIES,
  FW_PAGE_LIST_WORK_STYLES,
  FW_PAGE_LIST_TECHNOLOGY,
  FW_PAGE_N_LISTS
} FwPageList;

enum
{
  FW_PAGE_EV_TASK_OBSERVATIONS,
  FW_PAGE_EV_AUGMENT_SHARE,
  FW_PAGE_EV_TIME_SAVED,
  FW_PAGE_EV_AI_AUTONOMY,
  FW_PAGE_EV_SAFI_SCORE,
  FW_PAGE_EV_N_NUMBERS
};

enum
{
  FW_PAGE_EV_TOP_SKILL,
  FW_PAGE_EV_QUADRANT,
  FW_PAGE_EV_PRECISION,
  FW_PAGE_EV_WEF_LABEL,
  FW_PAGE_EV_WEF_ID,
  FW_PAGE_EV_N_STRINGS
};

typedef struct
{
  /* Header */
  char        *title;
  guint        title_line;
  char        *soc;
  guint        soc_line;
  int          job_zone;        /* 0 when absent */
  char        *job_zone_label;
  char        *version;
  char        *context;

  FwPageLevel  levels[FW_N_LEVELS];
  FwPageLevel  ai_levels[FW_N_LEVELS];
  gboolean     has_ai_section;

  /* Evidence: NAN / NULL when absent */
  double       numbers[FW_PAGE_EV_N_NUMBERS];
  char        *strings[FW_PAGE_EV_N_STRINGS];

  GPtrArray   *domains;          /* FwPageDomain* */

  /* O*NET enrichment */
  int          anchor_count;     /* -1 when absent */
  GPtrArray   *related_titles;   /* char* */
  GPtrArray   *apprenticeships;  /* FwPageApprenticeship* */
  GPtrArray   *lists[FW_PAGE_N_LISTS];  /* char* */
  GPtrArray   *tasks;            /* FwPageTask* */
  GPtrArray   *cip_codes;        /* char* */

  /* Footer */
  GPtrArray   *footer_sources;   /* char*, as listed after "Sources:" */
  guint        footer_line;
  char        *attribution;
} FwPage;

/* Collects warnings in line order, up to FW_PAGE_MAX_WARNINGS. */
typedef struct
{
  char      *filename;
  GPtrArray *diagnostics;  /* FwDiagnostic* */
  guint      dropped;
} FwPageWarnings;

FwPageWarnings *_fw_page_warnings_new     (const char      *filename);
void            _fw_page_warnings_free    (FwPageWarnings  *self);
void            _fw_page_warn             (FwPageWarnings  *self,
                                           guint            line,
                                           const char      *statement_id,
                                           const char      *format,
                                           ...) G_GNUC_PRINTF (4, 5);
/* Sorts by line (stably) and moves the warnings into @out (which may be NULL). */
void            _fw_page_warnings_flush   (FwPageWarnings  *self,
                                           GPtrArray       *out);

FwPage         *_fw_page_new              (void);
void            _fw_page_free             (FwPage          *page);
FwPageStatement *_fw_page_statement_new   (guint            line,
                                           const char      *text);
void            _fw_page_statement_free   (FwPageStatement *statement);
FwPageChip     *_fw_page_chip_new         (const char      *label,
                                           const char      *title,
                                           const char      *url,
                                           guint            line);
void            _fw_page_chip_free        (FwPageChip      *chip);
FwPageItem     *_fw_page_item_new         (void);
void            _fw_page_item_free        (FwPageItem      *item);

/* A copy of @text with whitespace runs collapsed to one space and trimmed. */
char           *_fw_page_collapse_spaces  (const char      *text);
/* Checks a whole input: no NUL byte and valid UTF-8, with the location of the first fault. */
gboolean        _fw_page_check_text       (const char      *data,
                                           gsize            length,
                                           const char      *filename,
                                           GError         **error);

typedef struct _FwPageParser FwPageParser;

FwPageParser   *_fw_page_parser_new       (const char      *filename,
                                           FwPageWarnings  *warnings);
void            _fw_page_parser_free      (FwPageParser    *self);
void            _fw_page_parser_feed      (FwPageParser    *self,
                                           const FwPageLine *line);
/* Ends the input at @last_line; returns the page (owned by the caller) or NULL with @error. */
FwPage         *_fw_page_parser_finish    (FwPageParser    *self,
                                           guint            last_line,
                                           GError         **error);

/* Builds the document; warnings about the content go to @warnings. */
FwDocument     *_fw_page_build            (FwPage          *page,
                                           const char      *filename,
                                           FwPageWarnings  *warnings,
                                           GError         **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FwPage, _fw_page_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FwPageParser, _fw_page_parser_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FwPageWarnings, _fw_page_warnings_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FwPageItem, _fw_page_item_free)

G_END_DECLS
