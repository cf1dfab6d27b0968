# bash completion for mpioctl (installed as share/bash-completion/completions/mpioctl)
_mpioctl() {
    local cur prev
    cur=${COMP_WORDS[COMP_CWORD]}
    prev=${COMP_WORDS[COMP_CWORD-1]}
    local commands="validate discover plan check-jumbo apply verify audit monitor failover-test rollback resume report"
    local options="--profile --lab --truenas --api-user --api-key-file --esxi --user --password-file
        --trust-on-first-use --state-dir --json --help --version"
    case $prev in
        --profile|--api-key-file|--password-file|--journal|-o)
            mapfile -t COMPREPLY < <(compgen -f -- "$cur"); return ;;
        --lab|--state-dir)
            mapfile -t COMPREPLY < <(compgen -d -- "$cur"); return ;;
        --format)
            mapfile -t COMPREPLY < <(compgen -W "html json" -- "$cur"); return ;;
        --lang)
            mapfile -t COMPREPLY < <(compgen -W "en de system" -- "$cur"); return ;;
        --fault)
            mapfile -t COMPREPLY < <(compgen -W "switch cable" -- "$cur"); return ;;
        --truenas|--esxi|--api-user|--user)
            return ;;
    esac
    if [ "$COMP_CWORD" -eq 1 ]; then
        mapfile -t COMPREPLY < <(compgen -W "$commands --help --version" -- "$cur")
        return
    fi
    local extra=""
    case ${COMP_WORDS[1]} in
        report) extra="--journal --format --lang -o" ;;
        apply) extra="--yes --journal-dir --override-jumbo-gate" ;;
        plan) extra="--show" ;;
        monitor) extra="--interval --duration --history" ;;
        failover-test) extra="--host --fault --workload --max-gap" ;;
        rollback|resume) # the journal is a positional argument
            [[ $cur != -* ]] && { mapfile -t COMPREPLY < <(compgen -f -- "$cur"); return; } ;;
    esac
    mapfile -t COMPREPLY < <(compgen -W "$options $extra" -- "$cur")
}
complete -o filenames -F _mpioctl mpioctl
