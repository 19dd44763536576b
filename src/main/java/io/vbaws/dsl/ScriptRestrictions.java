package io.vbaws.dsl;

import groovy.lang.Closure;
import groovy.lang.DelegatesTo;
import groovy.lang.GString;
import groovy.lang.IntRange;
import groovy.lang.ObjectRange;
import groovy.lang.Range;
import groovy.transform.CompileDynamic;
import groovy.transform.CompileStatic;
import groovy.transform.Field;
import groovy.transform.TypeChecked;
import groovy.transform.TypeCheckingMode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.codehaus.groovy.ast.ASTNode;
import org.codehaus.groovy.ast.ClassCodeVisitorSupport;
import org.codehaus.groovy.ast.ClassHelper;
import org.codehaus.groovy.ast.ClassNode;
import org.codehaus.groovy.ast.ImportNode;
import org.codehaus.groovy.ast.MethodNode;
import org.codehaus.groovy.ast.ModuleNode;
import org.codehaus.groovy.ast.Parameter;
import org.codehaus.groovy.ast.expr.AttributeExpression;
import org.codehaus.groovy.ast.expr.BinaryExpression;
import org.codehaus.groovy.ast.expr.CastExpression;
import org.codehaus.groovy.ast.expr.ClassExpression;
import org.codehaus.groovy.ast.expr.ConstantExpression;
import org.codehaus.groovy.ast.expr.ConstructorCallExpression;
import org.codehaus.groovy.ast.expr.DeclarationExpression;
import org.codehaus.groovy.ast.expr.Expression;
import org.codehaus.groovy.ast.expr.MethodCallExpression;
import org.codehaus.groovy.ast.expr.MethodPointerExpression;
import org.codehaus.groovy.ast.expr.PropertyExpression;
import org.codehaus.groovy.ast.expr.StaticMethodCallExpression;
import org.codehaus.groovy.ast.expr.VariableExpression;
import org.codehaus.groovy.ast.stmt.CatchStatement;
import org.codehaus.groovy.ast.stmt.ForStatement;
import org.codehaus.groovy.classgen.GeneratorContext;
import org.codehaus.groovy.control.CompilePhase;
import org.codehaus.groovy.control.SourceUnit;
import org.codehaus.groovy.control.customizers.CompilationCustomizer;
import org.codehaus.groovy.syntax.SyntaxException;
import org.codehaus.groovy.syntax.Types;

/**
 * What a policy script may refer to, checked once names are resolved: a script declares, it does
 * not run commands, touch files or the network, or reach for classes and class loaders. Every
 * violation is a compile error at its line and column, all of them at once.
 *
 * <p>The rule is an allow-list of types (values, collections, the DSL's own) for every class a
 * script names, in a static call, {@code new}, a cast, a declaration or an import; plus a deny-list
 * of member names through which any object leads out ({@code getClass}, {@code execute},
 * {@code evaluate}, {@code metaClass}, {@code classLoader}...), and no member whose name is computed
 * ({@code x."$name"()}), since a computed name cannot be checked. This keeps honest scripts
 * declarative; it is a static check, not a sandbox against hostile code.
 */
final class ScriptRestrictions extends CompilationCustomizer {

    /** The classes a script may name. */
    static final Set<String> ALLOWED_TYPES = Stream.of(
                    Object.class, String.class, GString.class, CharSequence.class, Boolean.class, Integer.class,
                    Long.class, Short.class, Byte.class, Double.class, Float.class, Character.class, Number.class,
                    BigDecimal.class, BigInteger.class, Math.class,
                    List.class, ArrayList.class, LinkedList.class, Map.class, HashMap.class, LinkedHashMap.class,
                    TreeMap.class, Set.class, HashSet.class, LinkedHashSet.class, TreeSet.class, Collection.class,
                    Iterable.class, Iterator.class, Map.Entry.class, Range.class, IntRange.class, ObjectRange.class,
                    Closure.class, DelegatesTo.class, TypeChecked.class, CompileStatic.class, CompileDynamic.class,
                    TypeCheckingMode.class, Field.class,
                    PolicyScript.class, PolicyContext.class, SnapshotContext.class, GuestScriptContext.class,
                    ReplicaContext.class, VolumeGroup.class)
            .map(Class::getName)
            .collect(Collectors.toUnmodifiableSet());

    /** Methods through which a script could leave the DSL: reflection, processes, I/O, evaluation, the MOP. */
    static final Set<String> DENIED_METHODS = Set.of(
            "getClass", "forName", "newInstance", "getClassLoader", "loadClass", "defineClass", "parseClass",
            "getMethod", "getMethods", "getDeclaredMethod", "getDeclaredMethods", "getField", "getFields",
            "getDeclaredField", "getDeclaredFields", "getConstructor", "getConstructors", "getDeclaredConstructor",
            "getDeclaredConstructors", "invoke", "invokeMethod", "getMetaClass", "setMetaClass", "getMetaMethod",
            "getProperty", "setProperty", "getProperties", "getMetaPropertyValues", "respondsTo", "hasProperty",
            "getBinding", "setBinding", "execute", "evaluate", "exec", "getRuntime", "getenv", "exit", "halt",
            "println", "print", "printf", "sleep", "wait", "notifyAll", "addShutdownHook", "toURL", "toURI",
            "getAt", "getDelegate", "setDelegate", "getOwner", "getThisObject", "setResolveStrategy", "rehydrate",
            "dehydrate", "attachRecorder", "mixin", "use", "getResource", "getResourceAsStream", "getResources",
            "openStream", "openConnection", "newInputStream", "newReader", "withReader", "eachLine", "readLines",
            "getText");

    /** Properties that hand a script a class, a loader, the binding or the DSL's internals. */
    static final Set<String> DENIED_PROPERTIES = Set.of(
            "class", "metaClass", "classLoader", "binding", "properties", "metaPropertyValues", "declaredMethods",
            "methods", "declaredFields", "fields", "constructors", "declaredConstructors", "runtime",
            "protectionDomain", "delegate", "owner", "thisObject", "recorder", "out", "err");

    private final AnnotationRestriction annotations;

    ScriptRestrictions(AnnotationRestriction annotations) {
        super(CompilePhase.SEMANTIC_ANALYSIS);
        this.annotations = annotations;
    }

    @Override
    public void call(SourceUnit source, GeneratorContext context, ClassNode classNode) {
        if (classNode.isScript()) {
            annotations.reportTo(source);
            checkModule(source, source.getAST());
        } else if (classNode.getOuterClass() == null) {
            error(source, "a policy script cannot declare classes (\"" + classNode.getNameWithoutPackage() + "\"): "
                    + "declare policies with slaPolicy, and share values with variables or methods", classNode);
            return;
        }
        new Checker(source).visitClass(classNode);
    }

    private static void checkModule(SourceUnit source, ModuleNode module) {
        if (module.getPackage() != null) {
            error(source, "a policy script has no package", module.getPackage());
        }
        List<ImportNode> imports = new ArrayList<>(module.getImports());
        for (ImportNode imported : imports) {
            if (!ALLOWED_TYPES.contains(imported.getType().getName())) {
                error(source, "import " + imported.getType().getName() + " is not allowed: a policy script may import "
                        + "only groovy.transform.TypeChecked, CompileStatic and Field", imported);
            }
        }
        for (ImportNode imported : module.getStarImports()) {
            error(source, "import " + imported.getPackageName() + "* is not allowed in a policy script", imported);
        }
        for (ImportNode imported : module.getStaticImports().values()) {
            error(source, "import static " + imported.getClassName() + "." + imported.getFieldName()
                    + " is not allowed in a policy script", imported);
        }
        for (ImportNode imported : module.getStaticStarImports().values()) {
            error(source, "import static " + imported.getClassName() + ".* is not allowed in a policy script", imported);
        }
    }

    private static void error(SourceUnit source, String message, ASTNode node) {
        source.addError(new SyntaxException(message, node));
    }

    /** Whether a script may name {@code type} (arrays by their element type; primitives always). */
    static boolean isAllowedType(ClassNode type) {
        ClassNode t = type;
        while (t.isArray()) {
            t = t.getComponentType();
        }
        return ClassHelper.isPrimitiveType(t) || t.isGenericsPlaceHolder() || ALLOWED_TYPES.contains(t.getName())
                || t.isScript() || t.getName().equals(ClassHelper.VOID_TYPE.getName());
    }

    private static final class Checker extends ClassCodeVisitorSupport {
        private final SourceUnit source;

        Checker(SourceUnit source) {
            this.source = source;
        }

        @Override
        protected SourceUnit getSourceUnit() {
            return source;
        }

        @Override
        public void visitMethod(MethodNode method) {
            if (method.getLineNumber() <= 0 && method.isStatic() && method.getName().equals("main")) {
                return; // the script's generated entry point, not the user's code
            }
            if (!method.isSynthetic() && method.getLineNumber() > 0) {
                checkType(method.getReturnType(), method);
                for (Parameter parameter : method.getParameters()) {
                    checkType(parameter.getType(), parameter.getLineNumber() > 0 ? parameter : method);
                }
            }
            super.visitMethod(method);
        }

        @Override
        public void visitMethodCallExpression(MethodCallExpression call) {
            if (!(call.getMethod() instanceof ConstantExpression)) {
                deny("a computed method name is not allowed: write the method's name", call);
            } else if (DENIED_METHODS.contains(call.getMethodAsString())) {
                deny(call.getMethodAsString() + "() is not allowed in a policy script" + hint(call.getMethodAsString()), call.getMethod());
            }
            visitReceiver(call.getObjectExpression());
            call.getMethod().visit(this);
            call.getArguments().visit(this);
        }

        @Override
        public void visitStaticMethodCallExpression(StaticMethodCallExpression call) {
            if (DENIED_METHODS.contains(call.getMethod())) {
                deny(call.getMethod() + "() is not allowed in a policy script" + hint(call.getMethod()), call);
            }
            if (!call.getOwnerType().isScript()) {
                checkType(call.getOwnerType(), call);
            }
            call.getArguments().visit(this);
        }

        @Override
        public void visitPropertyExpression(PropertyExpression property) {
            if (property instanceof AttributeExpression) {
                deny("direct field access (.@) is not allowed in a policy script", property);
            }
            checkMemberName(property.getProperty(), property);
            visitReceiver(property.getObjectExpression());
            property.getProperty().visit(this);
        }

        @Override
        public void visitAttributeExpression(AttributeExpression attribute) {
            visitPropertyExpression(attribute);
        }

        @Override
        public void visitMethodPointerExpression(MethodPointerExpression pointer) {
            if (!(pointer.getMethodName() instanceof ConstantExpression)) {
                deny("a method pointer with a computed name is not allowed", pointer);
            } else if (DENIED_METHODS.contains(pointer.getMethodName().getText())) {
                deny("a method pointer to " + pointer.getMethodName().getText() + " is not allowed in a policy script", pointer);
            }
            visitReceiver(pointer.getExpression());
        }

        @Override
        public void visitVariableExpression(VariableExpression variable) {
            if (DENIED_PROPERTIES.contains(variable.getName()) && !(variable.getAccessedVariable() instanceof Parameter)
                    && !isLocal(variable)) {
                deny("\"" + variable.getName() + "\" is not available in a policy script", variable);
            }
        }

        @Override
        public void visitClosureExpression(org.codehaus.groovy.ast.expr.ClosureExpression closure) {
            if (closure.getParameters() != null) {
                for (Parameter parameter : closure.getParameters()) {
                    checkType(parameter.getType(), parameter.getLineNumber() > 0 ? parameter : closure);
                }
            }
            super.visitClosureExpression(closure);
        }

        @Override
        public void visitDeclarationExpression(DeclarationExpression declaration) {
            if (declaration.isMultipleAssignmentDeclaration()) {
                for (Expression e : declaration.getTupleExpression().getExpressions()) {
                    checkType(e.getType(), e);
                }
            } else {
                checkType(declaration.getVariableExpression().getOriginType(), declaration);
            }
            declaration.getRightExpression().visit(this);
        }

        @Override
        public void visitClassExpression(ClassExpression expression) {
            checkType(expression.getType(), expression);
            deny("a class is not a value in a policy script (" + expression.getType().getNameWithoutPackage() + ")", expression);
        }

        @Override
        public void visitConstructorCallExpression(ConstructorCallExpression call) {
            if (call.isUsingAnonymousInnerClass()) {
                deny("anonymous classes are not allowed in a policy script", call);
            }
            checkType(call.getType(), call);
            call.getArguments().visit(this);
        }

        @Override
        public void visitCastExpression(CastExpression cast) {
            checkType(cast.getType(), cast);
            cast.getExpression().visit(this);
        }

        @Override
        public void visitBinaryExpression(BinaryExpression binary) {
            int op = binary.getOperation().getType();
            if (op == Types.LEFT_SQUARE_BRACKET && binary.getRightExpression() instanceof ConstantExpression index
                    && index.getValue() instanceof String name && DENIED_PROPERTIES.contains(name)) {
                deny("[\"" + name + "\"] is not available in a policy script", binary.getRightExpression());
            }
            if ((op == Types.KEYWORD_INSTANCEOF || op == Types.COMPARE_NOT_INSTANCEOF || op == Types.KEYWORD_AS)
                    && binary.getRightExpression() instanceof ClassExpression type) {
                binary.getLeftExpression().visit(this);
                checkType(type.getType(), type);
                return;
            }
            super.visitBinaryExpression(binary);
        }

        @Override
        public void visitForLoop(ForStatement loop) {
            for (Parameter variable : new Parameter[] {loop.getIndexVariable(), loop.getValueVariable()}) {
                if (variable != null && variable != ForStatement.FOR_LOOP_DUMMY) {
                    checkType(variable.getType(), loop);
                }
            }
            super.visitForLoop(loop);
        }

        @Override
        public void visitCatchStatement(CatchStatement statement) {
            checkType(statement.getExceptionType(), statement);
            super.visitCatchStatement(statement);
        }

        /** A receiver may be a class (a static call such as {@code Math.max}); elsewhere a class is a value. */
        private void visitReceiver(Expression receiver) {
            if (receiver instanceof ClassExpression type) {
                checkType(type.getType(), type);
            } else {
                receiver.visit(this);
            }
        }

        private void checkMemberName(Expression name, ASTNode at) {
            if (!(name instanceof ConstantExpression)) {
                deny("a computed property name is not allowed: write the property's name", at);
            } else if (DENIED_PROPERTIES.contains(name.getText())) {
                deny("." + name.getText() + " is not available in a policy script", name.getLineNumber() > 0 ? name : at);
            }
        }

        private void checkType(ClassNode type, ASTNode at) {
            if (type != null && !isAllowedType(type)) {
                deny(type.getName() + " is not allowed in a policy script: a script declares policies, it does not "
                        + "run commands or touch files (use a runbook for automation)", at);
            }
        }

        private static boolean isLocal(VariableExpression variable) {
            return variable.getAccessedVariable() != null && variable.getAccessedVariable() != variable
                    && !(variable.getAccessedVariable() instanceof org.codehaus.groovy.ast.DynamicVariable);
        }

        private static String hint(String name) {
            return switch (name) {
                case "println", "print", "printf" -> ": a script declares policies, it does not print";
                case "execute", "exec" -> ": a script declares policies, it does not run commands";
                case "evaluate" -> ": a script cannot evaluate code";
                default -> "";
            };
        }

        private void deny(String message, ASTNode at) {
            // Nodes the compiler generated have no position; what a user wrote always has one.
            if (at.getLineNumber() > 0) {
                source.addError(new SyntaxException(message, at));
            }
        }
    }
}
