# cmake -DBUILD_DIR=<build> -DDESTDIR=<scratch> -P checkinstall.cmake
# Installs the build with prefix /usr into DESTDIR and checks that every file a Linux desktop
# needs is there: a missing install() rule fails here, not on a user's machine.
file(REMOVE_RECURSE "${DESTDIR}")
set(ENV{DESTDIR} "${DESTDIR}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix /usr
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed (${result}):\n${output}")
endif()

set(expected
    usr/bin/newsdesk
    usr/bin/newsdesk-cli
    usr/share/applications/org.newsdesk.Newsdesk.desktop
    usr/share/metainfo/org.newsdesk.Newsdesk.metainfo.xml
    usr/share/icons/hicolor/scalable/apps/org.newsdesk.Newsdesk.svg
    usr/share/doc/newsdesk/LICENSE
    usr/share/bash-completion/completions/newsdesk-cli
    usr/share/zsh/site-functions/_newsdesk-cli)
set(missing "")
foreach(path IN LISTS expected)
    if(NOT EXISTS "${DESTDIR}/${path}")
        list(APPEND missing "${path}")
    endif()
endforeach()
foreach(binary newsdesk newsdesk-cli)
    if(EXISTS "${DESTDIR}/usr/bin/${binary}" AND IS_DIRECTORY "${DESTDIR}/usr/bin/${binary}")
        list(APPEND missing "usr/bin/${binary} (is a folder)")
    endif()
endforeach()
if(missing)
    file(GLOB_RECURSE installed RELATIVE "${DESTDIR}" "${DESTDIR}/*")
    list(JOIN missing "\n  " missing_text)
    list(JOIN installed "\n  " installed_text)
    message(FATAL_ERROR "missing after install:\n  ${missing_text}\ninstalled:\n  ${installed_text}")
endif()

# The icon is the one the .desktop file names, and the metainfo's launchable is the .desktop.
file(STRINGS "${DESTDIR}/usr/share/applications/org.newsdesk.Newsdesk.desktop" icon_line REGEX "^Icon=")
if(NOT icon_line STREQUAL "Icon=org.newsdesk.Newsdesk")
    message(FATAL_ERROR "desktop file names icon '${icon_line}', installed icon is org.newsdesk.Newsdesk.svg")
endif()
file(READ "${DESTDIR}/usr/share/metainfo/org.newsdesk.Newsdesk.metainfo.xml" metainfo)
if(NOT metainfo MATCHES "<launchable type=\"desktop-id\">org.newsdesk.Newsdesk.desktop</launchable>")
    message(FATAL_ERROR "metainfo does not launch org.newsdesk.Newsdesk.desktop")
endif()
# Translations are compiled into the binaries (no loose .qm to lose): the installed CLI speaks
# German on a German system and English on an English one.
set(ENV{HOME} "${DESTDIR}/home")
set(ENV{XDG_CONFIG_HOME} "${DESTDIR}/home/.config")
foreach(case "de;de_DE.UTF-8;Aufruf: newsdesk-cli" "en;C.UTF-8;Usage: newsdesk-cli")
    list(GET case 0 language)
    list(GET case 1 lang)
    list(GET case 2 expected_text)
    set(ENV{LANGUAGE} "${language}")
    set(ENV{LANG} "${lang}")
    set(ENV{LC_ALL} "")
    execute_process(COMMAND "${DESTDIR}/usr/bin/newsdesk-cli" --help
                    RESULT_VARIABLE result OUTPUT_VARIABLE help ERROR_VARIABLE help)
    if(NOT result EQUAL 0 OR NOT help MATCHES "${expected_text}")
        message(FATAL_ERROR "installed newsdesk-cli --help with LANGUAGE=${language} (exit ${result}) "
                            "lacks '${expected_text}':\n${help}")
    endif()
endforeach()
# The completions are the generated ones, in English whatever the builder's language.
file(READ "${DESTDIR}/usr/share/bash-completion/completions/newsdesk-cli" bash_completion)
file(READ "${DESTDIR}/usr/share/zsh/site-functions/_newsdesk-cli" zsh_completion)
if(NOT bash_completion MATCHES "complete -F _newsdesk_cli newsdesk-cli" OR NOT bash_completion MATCHES "--base-url"
   OR NOT zsh_completion MATCHES "^#compdef newsdesk-cli" OR NOT zsh_completion MATCHES "Export articles as HTML pages")
    message(FATAL_ERROR "the installed completions are not newsdesk-cli's:\n${bash_completion}\n${zsh_completion}")
endif()
message(STATUS "installed ${DESTDIR}: all expected files present")
