package org.gongwen.policy.cli; public final class Main { public static void main(String[] a){} }
