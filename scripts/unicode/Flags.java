public class Flags {
    public static void main(String[] a) {
        StringBuilder b = new StringBuilder();
        if (a.length == 1 && a[0].equals("beyond")) {
            // Beyond the BMP only whether a character is assigned: each code point where that changes.
            boolean prev = false;
            for (int c = 0x10000; c <= Character.MAX_CODE_POINT; c++) {
                boolean assigned = Character.getType(c) != Character.UNASSIGNED;
                if (assigned != prev) b.append(Integer.toHexString(c).toUpperCase()).append('\n');
                prev = assigned;
            }
            System.out.print(b);
            return;
        }
        for (int c = 0; c < 0x10000; c++) {
            int f = 0;
            if (Character.getType(c) != Character.UNASSIGNED) f |= 16;
            if (Character.isUnicodeIdentifierStart(c)) f |= 1;
            if (Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c)) f |= 2;
            if (Character.isJavaIdentifierStart(c)) f |= 4;
            // javac drops an identifier-ignorable character from the name it reads: no name holds one.
            if (Character.isJavaIdentifierPart(c) && !Character.isIdentifierIgnorable(c)) f |= 8;
            b.append(f).append('\n');
        }
        System.out.print(b);
    }
}
