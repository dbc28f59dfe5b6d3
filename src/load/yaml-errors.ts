import type { ErrorCode, YAMLError } from 'yaml';
import type { LoadCode } from './codes';
import type { IndentationProblem } from './structure';

/**
 * What a YAML parse error means, in cogfed's words. The parser's own messages
 * quote the source ("Unexpected scalar token in YAML stream: ...", "Unresolved
 * tag: !..."), and the text there may be a secret pasted where a reference
 * belongs; so a finding is built from the error's kind and position only,
 * never from its message or the text it points at.
 */
export interface YamlProblem {
  code: LoadCode;
  /** Offset the finding points at. */
  offset: number;
  end?: number;
  message: string;
  hint: string;
}

const SYNTAX_HINT = 'check the indentation and quoting at this position';

const MESSAGES: Partial<Record<ErrorCode, { message: string; hint: string }>> = {
  ALIAS_PROPS: {
    message: 'an alias (`*name`) cannot carry an anchor or a tag',
    hint: 'remove the `&anchor` or `!tag` before the alias',
  },
  BAD_ALIAS: {
    message: 'an anchor or alias name is empty or malformed',
    hint: 'write the value out instead of using an anchor',
  },
  BAD_DIRECTIVE: {
    message: 'a `%` directive cogfed cannot read',
    hint: 'remove the directive line; a cogfed file needs none',
  },
  BAD_DQ_ESCAPE: {
    message: 'a double-quoted value holds an invalid escape sequence (after `\\`)',
    hint: 'write `\\\\` for a backslash, or use single quotes',
  },
  BAD_INDENT: {
    message: 'this line is indented inconsistently with the lines above it',
    hint: 'indent each key like the other keys of its mapping, with spaces',
  },
  BAD_PROP_ORDER: {
    message: 'an anchor or tag is placed where YAML does not allow it',
    hint: 'remove the `&anchor` or `!tag` here',
  },
  BAD_SCALAR_START: {
    message:
      'a plain value cannot start with a YAML indicator character (such as `@`, `` ` ``, `%`, `,`, `|` or `>` in this position)',
    hint: 'put the value in quotes',
  },
  BLOCK_AS_IMPLICIT_KEY: {
    message:
      'a key must be on one line and end with `:`; here a value runs into a line that reads as a key',
    hint: 'check the indentation of this line and the next: a key nested under another needs the key above to end with `:`',
  },
  BLOCK_IN_FLOW: {
    message:
      'a block value (an indented mapping, a `- ` list or a `|`/`>` text) inside `[...]` or `{...}`',
    hint: 'inside brackets, write values inline, separated by commas',
  },
  DUPLICATE_KEY: {
    message: 'a key appears twice in one mapping',
    hint: 'each key appears once in a mapping; remove or rename one of them',
  },
  KEY_OVER_1024_CHARS: { message: 'a key longer than 1024 characters', hint: 'shorten the key' },
  MISSING_CHAR: {
    message: 'a quoted value or a bracket is not closed',
    hint: 'close the quote, `]` or `}` that opens here',
  },
  MULTILINE_IMPLICIT_KEY: {
    message: 'a key must be on one line and end with `:`',
    hint: SYNTAX_HINT,
  },
  MULTIPLE_ANCHORS: {
    message: 'a node carries two anchors',
    hint: 'keep at most one `&anchor` per value',
  },
  MULTIPLE_DOCS: {
    message: 'a cogfed file holds exactly one YAML document',
    hint: 'remove the `---` separator, or put each stack in a file of its own',
  },
  MULTIPLE_TAGS: {
    message: 'a node carries two tags',
    hint: 'remove the tags: cogfed reads plain YAML values',
  },
  NON_STRING_KEY: {
    message: 'a key that is not a plain name (a list, a mapping or nothing)',
    hint: 'keys are names: write `name: value`',
  },
  BAD_COLLECTION_TYPE: {
    message: 'a tag that does not fit the value it is on',
    hint: 'remove the tag: cogfed reads plain YAML values',
  },
  TAB_AS_INDENT: {
    message: 'tab characters are not allowed for indentation',
    hint: 'indent with spaces (two per level in the examples)',
  },
  TAG_RESOLVE_FAILED: {
    message: 'a YAML tag (`!name` or `!!name`) cogfed does not read',
    hint: 'remove the tag: cogfed reads plain YAML values (strings, numbers, booleans, lists and mappings)',
  },
  UNEXPECTED_TOKEN: {
    message: 'unexpected text here: the YAML structure has no place for a value at this position',
    hint: SYNTAX_HINT,
  },
};

/** The finding for one parser error. */
export function describeYamlError(error: YAMLError): YamlProblem {
  const code: LoadCode =
    error.code === 'DUPLICATE_KEY'
      ? 'yaml-duplicate-key'
      : error.code === 'TAG_RESOLVE_FAILED' || error.code === 'BAD_COLLECTION_TYPE'
        ? 'yaml-unsupported-tag'
        : error.code === 'TAB_AS_INDENT'
          ? 'yaml-indentation'
          : 'yaml-syntax';
  const known = MESSAGES[error.code];
  let message = known?.message ?? 'the YAML cannot be parsed at this position';
  // MISSING_CHAR covers both unclosed quotes and unclosed brackets; the message says which without quoting any text.
  if (error.code === 'MISSING_CHAR') {
    if (/quote/i.test(error.message))
      message = 'a quoted value is not closed before the end of the file';
    else if (/[\]}]|flow/i.test(error.message)) message = 'a `[` or `{` is not closed';
  }
  return {
    code,
    offset: error.pos[0],
    end: error.pos[1],
    message,
    hint: known?.hint ?? SYNTAX_HINT,
  };
}

/** The finding for an indentation problem found by following the block structure (structure.ts). */
export function describeIndentation(problem: IndentationProblem, col: number): YamlProblem {
  switch (problem.kind) {
    case 'tab':
      return {
        code: 'yaml-indentation',
        offset: problem.offset,
        message: 'tab characters are not allowed for indentation',
        hint: 'indent with spaces (two per level in the examples)',
      };
    case 'over': {
      const above = problem.above!;
      return {
        code: 'yaml-indentation',
        offset: problem.offset,
        message: `this line is indented more than the key above (line ${above.line}, column ${above.col}), which already has a value on its line; received column ${col}`,
        hint: `indent it to column ${above.col} to make it the next key of the same mapping, or end the key above with \`:\` to nest it there`,
      };
    }
    case 'under': {
      const above = problem.above!;
      const parent = problem.parent;
      return {
        code: 'yaml-indentation',
        offset: problem.offset,
        message: parent
          ? `this line is indented less than the key above (line ${above.line}, column ${above.col}) and more than the key that holds it (line ${parent.line}, column ${parent.col}); received column ${col}, which matches neither`
          : `this line is indented less than the key above (line ${above.line}, column ${above.col}); received column ${col}`,
        hint: parent
          ? `indent it to column ${above.col} (inside the same mapping) or to column ${parent.col} (a key beside the one that holds it)`
          : `indent it to column ${above.col}`,
      };
    }
  }
}
