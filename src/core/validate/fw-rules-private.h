/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fw-validator.h"

G_BEGIN_DECLS

/*
 * Internals shared by the validator, the profile loader and the rule files. Every rule has an
 * index here and one entry in the catalogue (fw-rule-catalogue.c), in the same order.
 *
 * The files depend one way, each only on those below it:
 *   fw-validator.c                    runs the rules and publishes the findings
 *   fw-rules-*.c                      the rules, by area
 *   fw-rules-support.c, fw-lexicon.c  what the rules share: reporting, paths, words, verbs
 *   fw-profile.c, fw-rules-markdown.c the profile; docs/rules.md
 *   fw-rule-catalogue.c               the table of rules
 *   fw-finding.c
 */
typedef enum
{
  /* Occupation */
  FW_RULE_OCC_SOC,
  FW_RULE_OCC_TITLE,
  FW_RULE_OCC_JOB_ZONE,
  FW_RULE_OCC_VERSION,
  FW_RULE_OCC_CONTEXT,
  /* Levels */
  FW_RULE_LVL_LABEL,
  FW_RULE_LVL_ROLE_LABEL,
  FW_RULE_LVL_EMPTY,
  FW_RULE_LVL_COUNT,
  FW_RULE_LVL_AI_EMPTY,
  /* Statements (every section) */
  FW_RULE_STM_EMPTY_HEADLINE,
  FW_RULE_STM_EMPTY_BODY,
  FW_RULE_STM_HEADLINE_SENTENCE,
  FW_RULE_STM_HEADLINE_LENGTH,
  FW_RULE_STM_BODY_START,
  FW_RULE_STM_BODY_PERIOD,
  FW_RULE_STM_WHITESPACE,
  FW_RULE_STM_CONTROL,
  FW_RULE_STM_HEADLINE_DASH,
  FW_RULE_STM_BODY_DASH,
  FW_RULE_STM_SEPARATOR,
  /* Level progression */
  FW_RULE_PRG_EMERGING_SENIOR,
  FW_RULE_PRG_ADVANCED_JUNIOR,
  FW_RULE_PRG_REGRESSION,
  /* Duplicates */
  FW_RULE_DUP_IDENTICAL,
  FW_RULE_DUP_NEAR,
  /* Durable skills */
  FW_RULE_DUR_MISSING_DOMAIN,
  FW_RULE_DUR_EMPTY_CELL,
  FW_RULE_DUR_UNKNOWN_DOMAIN,
  FW_RULE_DUR_DOMAIN_NAME,
  /* Citations */
  FW_RULE_CIT_UNCITED,
  FW_RULE_CIT_DANGLING,
  FW_RULE_CIT_UNUSED,
  /* Evidence pack */
  FW_RULE_EVD_PERCENT,
  FW_RULE_EVD_SCORE,
  FW_RULE_EVD_AUTONOMY,
  FW_RULE_EVD_OBSERVATIONS,
  FW_RULE_EVD_QUADRANT,
  FW_RULE_EVD_PRECISION,
  FW_RULE_EVD_WEF_ID,
  /* O*NET enrichment */
  FW_RULE_ONT_CIP,
  FW_RULE_ONT_RAPIDS,
  FW_RULE_ONT_TASK_ID,
  /* Merge conflicts */
  FW_RULE_MRG_CONFLICT,
  /* Reviewers' corrections */
  FW_RULE_COR_GONE,
  FW_RULE_COR_RATIONALE,
  FW_RULE_COR_UNAPPLIED,
  FW_N_RULES
} FwRule;

/* What the catalogue knows beyond FwRuleInfo, for docs/rules.md. */
typedef struct
{
  const char *details;   /* what the rule checks, and why */
  const char *example;   /* an example message */
  gboolean    skip_nsx;  /* skipped for NSX exports, which cannot hold the section */
} FwRuleDoc;

const FwRuleDoc *_fw_rule_get_doc          (FwRule      rule);
/* The index of a rule id ("FW-LVL-003"), or -1. */
int              _fw_rule_lookup           (const char *rule_id);

/* Profile values the rules read. */
gboolean            _fw_profile_rule_enabled       (FwProfile *profile,
                                                    FwRule     rule);
FwSeverity          _fw_profile_rule_severity      (FwProfile *profile,
                                                    FwRule     rule);
const char * const *_fw_profile_get_domains        (FwProfile *profile);
double              _fw_profile_get_near_threshold (FwProfile *profile);
guint               _fw_profile_get_headline_words (FwProfile *profile);
guint               _fw_profile_get_headline_chars (FwProfile *profile);
double              _fw_profile_get_seniority_margin (FwProfile *profile);
gboolean            _fw_profile_wants_final_period (FwProfile *profile,
                                                    FwSection  section);

/* The level-verbs lexicon (data/lexicons/level-verbs.txt), in fw-lexicon.c. */
typedef struct _FwLexicon FwLexicon;

/* Bits of FwLexiconEntry.levels: 1 << FwLevelKey. 0 means "any level". */
typedef struct
{
  const char *phrase;    /* as written in the lexicon */
  guint       levels;
} FwLexiconEntry;

/* The shipped lexicon, loaded once (thread-safe); never NULL, possibly empty. */
const FwLexicon *_fw_lexicon_get_default (void);
FwLexicon       *_fw_lexicon_parse       (const char  *text,
                                          gsize        length,
                                          const char  *filename,
                                          GError     **error);
void             _fw_lexicon_free        (FwLexicon   *lexicon);
/* Whether @word (lowercase, possibly inflected: "leads") is a known verb. */
gboolean         _fw_lexicon_is_verb     (const FwLexicon *lexicon,
                                          const char      *word);
/* The entry for a verb (lowercase, possibly inflected), or NULL. */
const FwLexiconEntry *_fw_lexicon_lookup_verb (const FwLexicon *lexicon,
                                               const char      *word);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FwLexicon, _fw_lexicon_free)

/* Words of a text (fw-lexicon.c). */
typedef struct
{
  const char *word;         /* lowercase, NUL-terminated, inside the FwWords buffer */
  guint       length;       /* in bytes */
  guint32     hash;         /* FNV-1a of the word */
  gboolean    after_comma;  /* a comma or semicolon separates it from the previous word */
} FwWord;

typedef struct
{
  FwWord  *words;
  guint    n_words;
  char    *buffer;
  /* Nothing but ASCII between the words, spaces single and none at either end, no control
   * characters: the whitespace, control-character and dash rules have nothing to find in it,
   * and the statement rules skip their own scans of the text. */
  gboolean plain;
} FwWords;

/* _fw_lexicon_lookup_verb () for a word of a text, which comes hashed: faster. */
const FwLexiconEntry *_fw_lexicon_lookup_word (const FwLexicon *lexicon,
                                               const FwWord    *word);

/* The most words, and bytes of word text, that _fw_words_split () makes of @text_length bytes:
 * words are at least one byte apart, and lowercasing can turn a two-byte character into a
 * three-byte one, plus a terminator per word. */
#define FW_WORDS_MAX_WORDS(text_length) ((text_length) / 2 + 2)
#define FW_WORDS_MAX_BYTES(text_length) ((text_length) * 5 / 2 + 2)

/* Splits @text (@text_length bytes) into lowercase words (letters and digits, with inner
 * hyphens and apostrophes). The words and their text are taken from *@word_space and
 * *@byte_space, which must have room for the FW_WORDS_MAX_* of @text_length and are moved past
 * what was used: a validation run splits every statement into one block. */
void     _fw_words_split         (const char    *text,
                                  gsize          text_length,
                                  FwWords       *words,
                                  FwWord       **word_space,
                                  char         **byte_space);

typedef void (*FwLexiconPhraseFunc) (const FwLexiconEntry *entry,
                                     gpointer              user_data);

/* Calls @func for every lexicon phrase that @words contain, in the order they occur. */
void     _fw_lexicon_foreach_phrase (const FwLexicon     *lexicon,
                                     const FwWords       *words,
                                     FwLexiconPhraseFunc  func,
                                     gpointer             user_data);

/* One statement of the document as the rules see it, in document order. */
typedef struct
{
  FwStatement *statement;
  FwSection    section;
  int          level;         /* FwLevelKey, or FwDurableLevel for durable skills */
  FwDomain    *domain;        /* durable skills only */
  guint        domain_index;
  guint        position;      /* in its list */
  char        *path;          /* built on first use: read it with _fw_statement_ref_get_path () */
  guint64      order;         /* sort key: document order */
  FwWords     *headline_words;
  FwWords     *body_words;
  FwWords      words[2];      /* what the two point at */
  gsize        lengths[2];    /* of the headline and the body, in bytes */
} FwStatementRef;

/* "levels.developing.statements[4]", "aiFluency.emerging[0]",
 * "durableSkills.Character.emerging[1]". */
const char *_fw_statement_ref_get_path (const FwStatementRef *ref);

typedef struct
{
  FwDocument *document;
  FwProfile  *profile;
  const FwLexicon *lexicon;
  GPtrArray  *statements;     /* FwStatementRef*, document order */
  GPtrArray  *pending;        /* FwPendingFinding*, unsorted (internal) */
  gboolean    nsx;            /* the document is an NSX export: skip what NSX cannot hold */
} FwRuleContext;

/* A finding as reported, before the validator sorts it into document order. */
typedef struct
{
  FwFinding *finding;
  guint64    order;
  guint      sequence;
} FwPendingFinding;

void     _fw_pending_finding_free (gpointer data);

/*
 * Document-order sort keys. A key is (section, group, item, field): group is a level or a
 * domain × level cell, item a position + 1 within it (0 for the whole group).
 */
enum
{
  FW_ORDER_OCCUPATION = FW_FINDING_SECTION_OCCUPATION,
  FW_ORDER_FRAMEWORK = FW_FINDING_SECTION_FRAMEWORK,
  FW_ORDER_LEVELS = FW_FINDING_SECTION_LEVELS,
  FW_ORDER_AI_FLUENCY = FW_FINDING_SECTION_AI_FLUENCY,
  FW_ORDER_DURABLE_SKILLS = FW_FINDING_SECTION_DURABLE_SKILLS,
  FW_ORDER_EVIDENCE = FW_FINDING_SECTION_EVIDENCE,
  FW_ORDER_ONET = FW_FINDING_SECTION_ONET,
  FW_ORDER_SOURCES = FW_FINDING_SECTION_SOURCES,
};

guint64  _fw_order_key           (guint          section,
                                  guint          group,
                                  guint          item,
                                  guint          field);
/* The group of a durable-skill domain's cell; @level -1 is the domain as a whole. */
guint    _fw_durable_group       (guint          domain_index,
                                  int            level);
/* The order key of a section of statements (FwSection) with @group and @item. */
guint64  _fw_order_for_section   (FwSection      section,
                                  guint          group,
                                  guint          item);

gboolean _fw_rule_enabled        (FwRuleContext *ctx,
                                  FwRule         rule);
/*
 * Adds a finding, with the profile's severity; nothing when the profile disables the rule.
 * @location says what it is about (FW_LOCATION () makes one); NULL means the section of
 * @order as a whole.
 */
void     _fw_report              (FwRuleContext           *ctx,
                                  FwRule                   rule,
                                  guint64                  order,
                                  const char              *path,
                                  const FwFindingLocation *location,
                                  const char              *field,
                                  const char              *hint,
                                  const char              *format,
                                  ...) G_GNUC_PRINTF (8, 9);

#define FW_LOCATION(section, level, domain_id, subject_id) \
  (&(const FwFindingLocation) { (section), (level), (domain_id), (subject_id) })
/* The section of findings about statements of @section. */
FwFindingSection _fw_finding_section (FwSection section);
/*
 * Adds a finding about one statement, located by its id, section, level and domain; @field
 * ("headline", "body", …) extends the path.
 */
void     _fw_report_statement    (FwRuleContext        *ctx,
                                  FwRule                rule,
                                  const FwStatementRef *ref,
                                  const char           *field,
                                  const char           *hint,
                                  const char           *format,
                                  ...) G_GNUC_PRINTF (6, 7);

/* "levels.developing", "aiFluency.developing", "durableSkills.Character.emerging". */
char    *_fw_section_path        (FwSection      section,
                                  int            level,
                                  FwDomain      *domain);
/* A display name: "Developing", "the AI-fluency Developing level", "Character / Emerging". */
char    *_fw_section_describe    (FwSection      section,
                                  int            level,
                                  FwDomain      *domain);
/* A short quotation of @text for messages: at most @max_chars characters, then "…". */
char    *_fw_quote               (const char    *text,
                                  guint          max_chars);
/* "Headline — body", shortened for naming a statement in a message. */
char    *_fw_describe_statement  (FwStatement   *statement);

/* Seniority (1 emerging … 4 advanced) of a level of a section, on the proficiency scale. */
double   _fw_level_seniority     (int            level);

/* The rule areas; each adds its findings to @ctx. */
void     _fw_rules_occupation    (FwRuleContext *ctx);
void     _fw_rules_levels        (FwRuleContext *ctx);
void     _fw_rules_statements    (FwRuleContext *ctx);
void     _fw_rules_progression   (FwRuleContext *ctx);
void     _fw_rules_duplicates    (FwRuleContext *ctx);
void     _fw_rules_durable       (FwRuleContext *ctx);
void     _fw_rules_citations     (FwRuleContext *ctx);
void     _fw_rules_evidence      (FwRuleContext *ctx);
void     _fw_rules_onet          (FwRuleContext *ctx);
void     _fw_rules_conflicts     (FwRuleContext *ctx);
void     _fw_rules_corrections   (FwRuleContext *ctx);

G_END_DECLS
