/*
 * The .schema language (v0): one grammar for the whole surface syntax.
 *
 * Design choices that matter to the rest of the compiler:
 *  - Keywords are reserved only where the grammar needs them: `ident` accepts every
 *    keyword, so a field may be called `entity`, `with` or `import`.
 *  - Attribute arguments are parsed generically (`name = value` or `name: value`,
 *    comparisons, lists, calls, `a, b -> c`, list items followed by a word such as
 *    `published_at desc`): which attribute accepts which shape is decided by the
 *    resolver's attribute table, so new attributes need no grammar change.
 *  - Comments go to hidden channels (docs 2, others 3) so the formatter can keep them;
 *    `///` doc comments go to their own channel; the AST builder attaches them to the
 *    declaration that follows, so a stray doc comment is never a syntax error.
 */
grammar Schema;

file
    : declaration* EOF
    ;

declaration
    : schemaDecl
    | importDecl
    | enumDecl
    | mixinDecl
    | entityDecl
    ;

schemaDecl
    : SCHEMA ident LBRACE setting* RBRACE
    ;

setting
    : ident ASSIGN value
    ;

importDecl
    : IMPORT STRING
    ;

enumDecl
    : ENUM ident LBRACE enumValue* RBRACE
    ;

enumValue
    : ident attribute*
    ;

mixinDecl
    : MIXIN ident LBRACE member* RBRACE
    ;

entityDecl
    : ENTITY ident (WITH ident (COMMA ident)*)? LBRACE member* RBRACE
    ;

member
    : field
    | blockAttribute
    ;

field
    : ident typeRef (ASSIGN value)? attribute*
    ;

typeRef
    : ident (LPAREN value (COMMA value)* RPAREN)? (LBRACKET RBRACKET)? QUESTION?
    ;

attribute
    : AT ident arguments?
    ;

blockAttribute
    : ATAT ident arguments?
    ;

arguments
    : LPAREN (argument (COMMA argument)* COMMA?)? RPAREN
    | LPAREN dependency RPAREN
    ;

// `@@depends(a, b -> c, d)`: its own shape, since `->` binds weaker than `,`.
dependency
    : ident (COMMA ident)* ARROW ident (COMMA ident)*
    ;

argument
    : ident (ASSIGN | COLON) value # namedArgument
    | compareOp value             # comparisonArgument
    | value compareOp value       # binaryComparisonArgument
    | value                       # valueArgument
    ;

// `=` is an operator here too: `@check(= 0)`. Inside `@@check(a = b)` the parser sees a
// named argument; the resolver reads it as the comparison it is.
compareOp
    : GT | GE | LT | LE | EQ | NE | ASSIGN
    ;

value
    : MINUS? NUMBER                                   # numberValue
    | STRING                                          # stringValue
    | ident LPAREN RPAREN                             # callValue
    | ident (DOT ident)*                              # referenceValue
    | LBRACKET (listItem (COMMA listItem)* COMMA?)? RBRACKET # listValue
    ;

// `[published_at desc]`: an item may be followed by one word, its direction.
listItem
    : value ident?
    ;

ident
    : IDENT
    | SCHEMA | IMPORT | ENUM | MIXIN | ENTITY | WITH
    ;

// ---------------------------------------------------------------------------
// Lexer

SCHEMA : 'schema' ;
IMPORT : 'import' ;
ENUM   : 'enum' ;
MIXIN  : 'mixin' ;
ENTITY : 'entity' ;
WITH   : 'with' ;

LBRACE   : '{' ;
RBRACE   : '}' ;
LPAREN   : '(' ;
RPAREN   : ')' ;
LBRACKET : '[' ;
RBRACKET : ']' ;
COMMA    : ',' ;
DOT      : '.' ;
QUESTION : '?' ;
ATAT     : '@@' ;
AT       : '@' ;
ARROW    : '->' ;
GE       : '>=' ;
LE       : '<=' ;
NE       : '!=' ;
EQ       : '==' ;
ASSIGN   : '=' ;
COLON    : ':' ;
GT       : '>' ;
LT       : '<' ;
MINUS    : '-' ;

IDENT  : [A-Za-z_] [A-Za-z0-9_]* ;

NUMBER
    : DIGITS ('.' DIGITS)? ([eE] [+-]? DIGITS)?
    ;

fragment DIGITS : [0-9] ([0-9_]* [0-9])? ;

STRING : '"' ( '\\' . | ~["\\\r\n] )* '"' ;

DOC_COMMENT   : '///' ~[\r\n]* -> channel(2) ;
LINE_COMMENT  : '//' ~[\r\n]* -> channel(3) ;
BLOCK_COMMENT : '/*' .*? '*/' -> channel(3) ;

// Unterminated forms are tokens of their own so the diagnostic can say what is wrong
// instead of reporting every character after the opening quote or `/*`.
UNTERMINATED_COMMENT : '/*' ( ~'*' | '*'+ ~[*/] )* '*'* EOF ;
UNTERMINATED_STRING  : '"' ( '\\' . | ~["\\\r\n] )* ;
WS            : [ \t\r\n\u000C\uFEFF]+ -> skip ;

// Anything else is one bad character: the parser reports it with its position.
BAD_CHAR : . ;
