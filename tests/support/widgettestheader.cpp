// Intentionally empty: the target newsdeskwidgettestheader exists only to build the precompiled
// header of the widget tests (tests/CMakeLists.txt, NEWSDESK_PCH), and CMake compiles a
// precompiled header together with a source file of its target.
