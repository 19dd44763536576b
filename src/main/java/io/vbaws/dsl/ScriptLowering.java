package io.vbaws.dsl;

import io.vbaws.dsl.Expr.Pos;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.codehaus.groovy.ast.ASTNode;
import org.codehaus.groovy.ast.AnnotatedNode;
import org.codehaus.groovy.ast.AnnotationNode;
import org.codehaus.groovy.ast.ClassNode;
import org.codehaus.groovy.ast.GenericsType;
import org.codehaus.groovy.ast.ImportNode;
import org.codehaus.groovy.ast.MethodNode;
import org.codehaus.groovy.ast.ModuleNode;
import org.codehaus.groovy.ast.Parameter;
import org.codehaus.groovy.ast.expr.ClosureListExpression;
import org.codehaus.groovy.ast.expr.DeclarationExpression;
import org.codehaus.groovy.ast.expr.EmptyExpression;
import org.codehaus.groovy.ast.expr.Expression;
import org.codehaus.groovy.ast.expr.VariableExpression;
import org.codehaus.groovy.ast.stmt.BlockStatement;
import org.codehaus.groovy.ast.stmt.BreakStatement;
import org.codehaus.groovy.ast.stmt.ContinueStatement;
import org.codehaus.groovy.ast.stmt.EmptyStatement;
import org.codehaus.groovy.ast.stmt.ExpressionStatement;
import org.codehaus.groovy.ast.stmt.ForStatement;
import org.codehaus.groovy.ast.stmt.IfStatement;
import org.codehaus.groovy.ast.stmt.ReturnStatement;
import org.codehaus.groovy.ast.stmt.Statement;
import org.codehaus.groovy.ast.stmt.WhileStatement;

/**
 * Lowers Groovy's AST of a script into the language's own {@link Stmt} and {@link Expr} records,
 * refusing, with file, line and column, everything outside the language: packages, imports,
 * classes, annotations (but the type-checking ones IDEs write, which mean nothing here), types
 * other than plain values, and every statement form but if, for, while, break, continue and
 * return. Expressions are lowered by {@link ExpressionLowering}.
 */
final class ScriptLowering {

    /** The types a declaration or parameter may name; they are not checked, only allowed to be written. */
    static final Set<String> VALUE_TYPES = Set.of("java.lang.Object", "Object", "String", "java.lang.String", "GString",
            "CharSequence", "int", "Integer", "long", "Long", "boolean", "Boolean", "double", "Double", "BigDecimal",
            "Number", "List", "Map", "Collection", "void", "var", "def");
    /** Annotations IDE users write for type checking; the interpreter checks every argument itself. */
    private static final Set<String> IGNORED_ANNOTATIONS = Set.of("TypeChecked", "groovy.transform.TypeChecked",
            "CompileStatic", "groovy.transform.CompileStatic");
    private static final Set<String> IGNORED_IMPORTS = Set.of("groovy.transform.TypeChecked", "groovy.transform.CompileStatic");
    private static final int MAX_NESTING = 400;

    private final Refusals refusals;
    private final SourcePositions positions;
    private Names names;
    private ExpressionLowering expressions;
    private int nesting;

    ScriptLowering(Refusals refusals, SourcePositions positions) {
        this.refusals = refusals;
        this.positions = positions;
    }

    /** The program of {@code module}; its refusals and mistakes are in the {@link Refusals}. */
    Program lower(ModuleNode module) {
        if (module.getPackage() != null) {
            refusals.refuse(module.getPackage(), "a policy script has no package");
        }
        imports(module);
        for (ClassNode type : module.getClasses()) {
            if (!type.isScript()) {
                refusals.refuse(type, "a policy script cannot declare classes (\"" + type.getNameWithoutPackage()
                        + "\"): declare policies with slaPolicy, and share values with variables or functions");
            } else {
                annotations(type);
            }
        }
        Set<String> functionNames = new HashSet<>();
        module.getMethods().forEach(m -> functionNames.add(m.getName()));
        names = new Names(functionNames);
        expressions = new ExpressionLowering(this, refusals, names, positions);
        List<Stmt> statements = isEmpty(module) ? List.of() : statements(module.getStatementBlock());
        Map<String, Program.Function> functions = new LinkedHashMap<>();
        for (MethodNode method : module.getMethods()) {
            Program.Function function = function(method);
            if (function != null) {
                functions.put(function.name(), function);
            }
        }
        return new Program(statements, functions);
    }

    /** Groovy gives a script with no statements (empty, or comments only) a {@code return} of its own. */
    private static boolean isEmpty(ModuleNode module) {
        List<Statement> statements = module.getStatementBlock().getStatements();
        return statements.size() == 1 && statements.get(0) == ReturnStatement.RETURN_NULL_OR_VOID;
    }

    private void imports(ModuleNode module) {
        for (ImportNode imported : module.getImports()) {
            annotations(imported);
            if (!IGNORED_IMPORTS.contains(imported.getType().getName())) {
                refusals.refuse(imported, "import " + imported.getType().getName() + " is not allowed: a policy script "
                        + "names no classes (only the type-checking annotations IDEs write may be imported)");
            }
        }
        module.getStarImports().forEach(i -> refusals.refuse(i, "import " + i.getPackageName() + "* is not allowed in a policy script"));
        module.getStaticImports().values().forEach(i -> refusals.refuse(i, "import static " + i.getClassName() + "."
                + i.getFieldName() + " is not allowed in a policy script"));
        module.getStaticStarImports().values().forEach(i -> refusals.refuse(i, "import static " + i.getClassName()
                + ".* is not allowed in a policy script"));
    }

    /** Refuses every annotation of {@code node} but the ignored type-checking ones, written without members. */
    void annotations(AnnotatedNode node) {
        for (AnnotationNode annotation : node.getAnnotations()) {
            String name = annotation.getClassNode().getName();
            if (!IGNORED_ANNOTATIONS.contains(name) || !annotation.getMembers().isEmpty()) {
                String simple = name.substring(name.lastIndexOf('.') + 1);
                String why = switch (simple) {
                    case "Field" -> ": share values with def variables and functions";
                    case "Grab", "Grapes", "GrabConfig", "GrabResolver", "GrabExclude" -> ": a policy script loads no code";
                    default -> ": annotations are not part of the policy language";
                };
                refusals.refuse(annotation.getLineNumber() > 0 ? annotation : node, "@" + simple + " is not allowed" + why);
            }
        }
    }

    /** Refuses a type that is not a plain value's (with its generics). */
    void type(ClassNode type, ASTNode at) {
        if (type == null) {
            return;
        }
        String name = type.isArray() ? type.getName() : type.getUnresolvedName();
        if (!VALUE_TYPES.contains(name) && !type.isArray() && !"java.lang.Object".equals(type.getName())) {
            refusals.refuse(at, name + " is not allowed in a policy script: a script names no classes; write def, "
                    + "String, int, boolean, List or Map");
        } else if (type.isArray()) {
            refusals.refuse(at, "arrays are not part of the policy language: write a list [a, b]");
        }
        if (type.getGenericsTypes() != null) {
            for (GenericsType generic : type.getGenericsTypes()) {
                if (generic.getLowerBound() != null || generic.getUpperBounds() != null || generic.isPlaceholder()) {
                    refusals.refuse(at, "type bounds are not part of the policy language");
                } else {
                    type(generic.getType(), at);
                }
            }
        }
    }

    private Program.Function function(MethodNode method) {
        annotations(method);
        type(method.getReturnType(), method);
        if (DslWords.isWord(method.getName())) {
            refusals.refuse(method, "a function cannot be named " + method.getName() + ": that is a word of the DSL");
        }
        List<String> parameters = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>();
        Set<String> declared = new HashSet<>();
        for (Parameter parameter : method.getParameters()) {
            parameters.add(parameter.getName());
            declared.add(parameter.getName());
            annotations(parameter);
            type(parameter.getOriginType(), method);
        }
        List<Stmt>[] body = new List[1];
        names.inFunction(declared, () -> {
            for (Parameter parameter : method.getParameters()) {
                defaults.add(parameter.hasInitialExpression() ? expressions.lower(parameter.getInitialExpression()) : null);
            }
            body[0] = statements(method.getCode());
        });
        return new Program.Function(method.getName(), parameters, defaults, body[0]);
    }

    /** The statements of a block, in a scope of their own. */
    List<Stmt> statements(Statement statement) {
        names.open();
        try {
            List<Stmt> lowered = new ArrayList<>();
            if (statement instanceof BlockStatement block) {
                for (Statement each : block.getStatements()) {
                    Stmt one = statement(each);
                    if (one != null) {
                        lowered.add(one);
                    }
                }
            } else if (statement != null) {
                Stmt one = statement(statement);
                if (one != null) {
                    lowered.add(one);
                }
            }
            return lowered;
        } finally {
            names.close();
        }
    }

    private Stmt statement(Statement statement) {
        if (++nesting > MAX_NESTING) {
            nesting--;
            refusals.refuse(statement, "the script nests blocks too deeply (more than " + MAX_NESTING + ")");
            return null;
        }
        try {
            if (statement.getStatementLabels() != null && !statement.getStatementLabels().isEmpty()) {
                refusals.refuse(statement, "labels are not part of the policy language");
            }
            return lowerStatement(statement);
        } finally {
            nesting--;
        }
    }

    private Stmt lowerStatement(Statement statement) {
        Pos pos = pos(statement);
        if (statement instanceof EmptyStatement) {
            return null;
        }
        if (statement instanceof ExpressionStatement expression) {
            return expression(expression.getExpression(), pos);
        }
        if (statement instanceof BlockStatement block) {
            return new Stmt.Group(pos, statements(block));
        }
        if (statement instanceof IfStatement branch) {
            return new Stmt.If(pos, expressions.lower(branch.getBooleanExpression()), statements(branch.getIfBlock()),
                    statements(branch.getElseBlock()));
        }
        if (statement instanceof ForStatement loop) {
            return forLoop(loop, pos);
        }
        if (statement instanceof WhileStatement loop) {
            return new Stmt.Loop(pos, List.of(), expressions.lower(loop.getBooleanExpression()), List.of(), statements(loop.getLoopBlock()));
        }
        if (statement instanceof BreakStatement jump) {
            return jump.getLabel() == null ? new Stmt.Break(pos) : refused(statement, "a break to a label");
        }
        if (statement instanceof ContinueStatement jump) {
            return jump.getLabel() == null ? new Stmt.Continue(pos) : refused(statement, "a continue to a label");
        }
        if (statement instanceof ReturnStatement back) {
            Expression value = back.getExpression();
            boolean bare = value == null || value instanceof org.codehaus.groovy.ast.expr.ConstantExpression c
                    && c.getValue() == null && c.getLineNumber() < 1;
            return new Stmt.Return(pos, bare ? null : expressions.lower(value));
        }
        String what = statement.getClass().getSimpleName().replace("Statement", "").toLowerCase(java.util.Locale.ROOT);
        return refused(statement, "a " + what + " statement");
    }

    private Stmt expression(Expression expression, Pos pos) {
        if (expression instanceof DeclarationExpression declaration) {
            annotations(declaration);
            if (!(declaration.getLeftExpression() instanceof VariableExpression variable)) {
                return refused(declaration, "a declaration of several variables at once");
            }
            type(variable.getOriginType(), declaration);
            Expression right = declaration.getRightExpression();
            Expr value = right instanceof EmptyExpression ? new Expr.Literal(pos, null) : expressions.lower(right);
            names.declare(variable.getName());
            positions.addVariable(variable.getName(), variable.getLineNumber(), variable.getColumnNumber());
            return new Stmt.Declare(pos, variable.getName(), value);
        }
        return new Stmt.Evaluate(pos, expressions.lower(expression));
    }

    private Stmt forLoop(ForStatement loop, Pos pos) {
        if (loop.getCollectionExpression() instanceof ClosureListExpression parts) {
            names.open();
            try {
                List<Expression> three = parts.getExpressions();
                if (three.size() != 3) {
                    return refused(loop, "a for loop with more than three parts");
                }
                List<Stmt> init = new ArrayList<>();
                if (!(three.get(0) instanceof EmptyExpression)) {
                    init.add(expression(three.get(0), pos));
                }
                Expr condition = three.get(1) instanceof EmptyExpression ? new Expr.Literal(pos, true) : expressions.lower(three.get(1));
                List<Expr> update = three.get(2) instanceof EmptyExpression ? List.of() : List.of(expressions.lower(three.get(2)));
                return new Stmt.Loop(pos, init, condition, update, statements(loop.getLoopBlock()));
            } finally {
                names.close();
            }
        }
        if (loop.getIndexVariable() != null) {
            return refused(loop, "a for loop with an index variable");
        }
        Parameter variable = loop.getValueVariable() != null ? loop.getValueVariable() : loop.getVariable();
        type(variable.getOriginType(), loop);
        Expr items = expressions.lower(loop.getCollectionExpression());
        names.open();
        try {
            names.declare(variable.getName());
            return new Stmt.ForEach(pos, variable.getName(), items, statements(loop.getLoopBlock()));
        } finally {
            names.close();
        }
    }

    private Stmt refused(ASTNode node, String what) {
        refusals.refuse(node, what + " is not part of the policy language");
        return null;
    }

    static Pos pos(ASTNode node) {
        return new Pos(Math.max(node.getLineNumber(), 0), Math.max(node.getColumnNumber(), 0));
    }
}
