# cmake -DCLI=<newsdesk-cli> -DOUT=<folder> -P writecompletions.cmake
# Writes the bash and zsh completion scripts that newsdesk-cli generates from its commands'
# declarations. In English and from a scratch HOME: the build's output must not depend on the
# builder's language or preferences.
file(MAKE_DIRECTORY "${OUT}/home")
set(ENV{HOME} "${OUT}/home")
set(ENV{XDG_CONFIG_HOME} "${OUT}/home/.config")
set(ENV{XDG_DATA_HOME} "${OUT}/home/.local/share")
set(ENV{LANGUAGE} "en")
set(ENV{LANG} "C.UTF-8")
set(ENV{LC_ALL} "")
foreach(case "bash;newsdesk-cli" "zsh;_newsdesk-cli")
    list(GET case 0 shell)
    list(GET case 1 file)
    execute_process(COMMAND "${CLI}" completion ${shell} OUTPUT_FILE "${OUT}/${file}.new"
                    RESULT_VARIABLE result ERROR_VARIABLE errors)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "${CLI} completion ${shell} failed (${result}): ${errors}")
    endif()
    file(RENAME "${OUT}/${file}.new" "${OUT}/${file}")
endforeach()
