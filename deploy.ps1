<#
.SYNOPSIS
    Deploys the Leadbase database (the T-SQL under db/) to SQL Server 2019+ or
    Azure SQL, and optionally runs the tSQLt tests.

.DESCRIPTION
    1. Creates the database when it does not exist (connected to master).
    2. Runs every file named in db/manifest.txt, in that order. The manifest is
       the only list of files and their order (thin_api/deploy.py reads the same
       one); this script keeps no copy of it. Each file is split into batches on
       lines that hold only GO (any case, surrounding blanks allowed), as sqlcmd
       and SSMS do.
    3. The whole manifest runs on one connection in one transaction: either
       every file is deployed or none is. While the deployment drops and
       recreates the row-level security policy (security/drop_office_policy.sql
       ... security/office_policy.sql) no other session can see the tables
       without it.
    4. With -WithTests: installs tSQLt from -TsqltPath (PrepareServer.sql, then
       tSQLt.class.sql), deploys db/tests/*.sql, runs EXEC tSQLt.RunAll, prints
       each test, writes JUnit XML (tSQLt.XmlResultFormatter) to
       -TestResultPath and exits with code 1 when a test failed. Use it on test
       databases only: tSQLt does not belong in production.

    Every file is re-runnable, so deploying again upgrades code objects and
    keeps the data. Changes to existing tables are numbered migrations
    (db/migrations/NNNN_<what>.sql) listed right after the tables, in number
    order; each checks the catalog and changes only a database deployed before
    it (db/CONTRACT.md, "Schema changes"). The script refuses a manifest that
    breaks that order. -WhatIf prints what would run and connects to nothing.

    Uses System.Data.SqlClient (part of Windows PowerShell and PowerShell 7), so
    no module has to be installed; Invoke-Sqlcmd cannot hold one transaction
    across files.

.PARAMETER Server
    The SQL Server instance, e.g. "sql01", "sql01\LEADS", "tcp:myserver.database.windows.net,1433".

.PARAMETER Database
    The database to deploy to; created when missing.

.PARAMETER Credential
    A SQL login (Get-Credential). Without it, integrated (Windows) security is used.

.PARAMETER TrustServerCertificate
    Accept the server's TLS certificate without validation (on-premises servers
    with a self-signed certificate). The connection is always encrypted.

.PARAMETER CommandTimeout
    Seconds each batch may run; 0 waits forever. Default 600.

.PARAMETER WithTests
    After deploying, install tSQLt, deploy db/tests/*.sql and run every test.
    tSQLt is a CLR assembly: PrepareServer.sql enables CLR and needs sysadmin.
    Use it on SQL Server or Azure SQL Managed Instance, not on Azure SQL
    Database (which runs no user CLR); tSQLt 1.0.8083 or later (NoTransaction).

.PARAMETER TsqltPath
    Folder holding PrepareServer.sql and tSQLt.class.sql from the tSQLt
    download (https://tsqlt.org). Required with -WithTests.

.PARAMETER TestResultPath
    Where -WithTests writes the JUnit XML. Default ./tsqlt-results.xml.

.EXAMPLE
    .\deploy.ps1 -Server sql01 -Database leadbase -WhatIf

    Lists the files and batch counts that would run; connects to nothing.

.EXAMPLE
    .\deploy.ps1 -Server sql01 -Database leadbase

    Deploys with Windows authentication.

.EXAMPLE
    .\deploy.ps1 -Server tcp:leads.database.windows.net,1433 -Database leadbase -Credential (Get-Credential leadbase_deploy)

    Deploys to Azure SQL with a SQL login.

.EXAMPLE
    .\deploy.ps1 -Server sql-test -Database leadbase_test -WithTests -TsqltPath C:\tools\tSQLt -TestResultPath .\out\tsqlt.xml

    Deploys to a test database, runs the tSQLt tests, writes JUnit XML; exit
    code 1 when a test failed.

.NOTES
    Exit codes: 0 success; 1 deployment error or failed tests.
#>
[CmdletBinding(SupportsShouldProcess = $true)]
param(
    [Parameter(Mandatory = $true)]
    [ValidateNotNullOrEmpty()]
    [string] $Server,

    [Parameter(Mandatory = $true)]
    [ValidateNotNullOrEmpty()]
    [string] $Database,

    [System.Management.Automation.PSCredential]
    [System.Management.Automation.Credential()]
    $Credential = [System.Management.Automation.PSCredential]::Empty,

    [switch] $TrustServerCertificate,

    [ValidateRange(0, 86400)]
    [int] $CommandTimeout = 600,

    [switch] $WithTests,

    [string] $TsqltPath,

    [string] $TestResultPath = './tsqlt-results.xml'
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

$DbRoot = Join-Path -Path $PSScriptRoot -ChildPath 'db'
$ManifestPath = Join-Path -Path $DbRoot -ChildPath 'manifest.txt'
$TestsRoot = Join-Path -Path $DbRoot -ChildPath 'tests'

#region Reading the files

function Split-SqlBatch {
    <#
    .SYNOPSIS
        Splits T-SQL text into batches on lines that hold only GO.
    .OUTPUTS
        One object per non-empty batch: Text, StartLine (1-based line of the
        file where the batch begins, to report errors by file line).
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)]
        [AllowEmptyString()]
        [string] $Text
    )

    $lines = $Text -split '\r?\n'
    $batch = New-Object -TypeName System.Collections.Generic.List[string]
    $startLine = 1

    for ($i = 0; $i -le $lines.Count; $i++) {
        $isEnd = ($i -eq $lines.Count)
        if ($isEnd -or $lines[$i].Trim() -ieq 'GO') {
            $batchText = $batch -join "`n"
            if ($batchText.Trim().Length -gt 0) {
                [pscustomobject]@{ Text = $batchText; StartLine = $startLine }
            }
            $batch.Clear()
            $startLine = $i + 2
        }
        else {
            $batch.Add($lines[$i])
        }
    }
}

function Get-SqlFile {
    <#
    .SYNOPSIS
        Reads one .sql file and splits it into batches.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)] [string] $Path,
        [Parameter(Mandatory = $true)] [string] $DisplayName
    )

    $text = [System.IO.File]::ReadAllText($Path)
    [pscustomobject]@{
        Name    = $DisplayName
        Path    = $Path
        Batches = @(Split-SqlBatch -Text $text)
    }
}

function Get-ManifestFile {
    <#
    .SYNOPSIS
        The files named in db/manifest.txt, in order, each split into batches.
        Fails before anything runs when a named file is missing.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)] [string] $ManifestPath
    )

    if (-not (Test-Path -LiteralPath $ManifestPath -PathType Leaf)) {
        throw "The manifest $ManifestPath does not exist."
    }
    $root = Split-Path -Path $ManifestPath -Parent

    $entries = foreach ($line in [System.IO.File]::ReadAllLines($ManifestPath)) {
        $entry = ($line -replace '#.*$', '').Trim()
        if ($entry.Length -gt 0) { $entry }
    }

    $missing = @($entries | Where-Object { -not (Test-Path -LiteralPath (Join-Path $root $_) -PathType Leaf) })
    if ($missing.Count -gt 0) {
        throw "db/manifest.txt names files that do not exist: $($missing -join ', ')"
    }

    Assert-MigrationOrder -Entries $entries

    foreach ($entry in $entries) {
        Get-SqlFile -Path (Join-Path -Path $root -ChildPath $entry) -DisplayName "db/$entry"
    }
}

function Assert-MigrationOrder {
    <#
    .SYNOPSIS
        Refuses a manifest whose migrations (db/migrations/NNNN_<what>.sql) do not
        follow the last table file together, in increasing number order
        (db/CONTRACT.md, "Schema changes"; thin_api/deploy.py checks the same).
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)] [string[]] $Entries
    )

    $kinds = @($Entries | ForEach-Object { ($_ -split '/', 2)[0] })
    $migrationAt = @(for ($i = 0; $i -lt $kinds.Count; $i++) { if ($kinds[$i] -eq 'migrations') { $i } })
    if ($migrationAt.Count -eq 0) { return }
    $lastTable = -1
    for ($i = 0; $i -lt $kinds.Count; $i++) { if ($kinds[$i] -eq 'tables') { $lastTable = $i } }
    $first = $migrationAt[0]
    if ($first -ne $lastTable + 1 -or $migrationAt[-1] -ne $first + $migrationAt.Count - 1) {
        throw 'db/manifest.txt: the migrations must follow the last table file, together.'
    }
    $previous = ''
    foreach ($i in $migrationAt) {
        $number = (($Entries[$i] -split '/', 2)[1]).Substring(0, 4)
        if ($number -notmatch '^\d{4}$' -or [string]::CompareOrdinal($number, $previous) -le 0) {
            throw "db/manifest.txt: the migrations must be numbered NNNN_ in increasing order ($($Entries[$i]))."
        }
        $previous = $number
    }
}

#endregion

#region Talking to SQL Server

function New-SqlConnection {
    <#
    .SYNOPSIS
        An open System.Data.SqlClient connection to $Server, to the given
        database; PRINT and other informational messages go to the host.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)] [string] $InitialCatalog
    )

    $builder = New-Object -TypeName System.Data.SqlClient.SqlConnectionStringBuilder
    $builder['Data Source'] = $Server
    $builder['Initial Catalog'] = $InitialCatalog
    $builder['Application Name'] = 'leadbase-deploy'
    $builder['Encrypt'] = $true
    $builder['TrustServerCertificate'] = [bool] $TrustServerCertificate
    $builder['Pooling'] = $false

    $connection = New-Object -TypeName System.Data.SqlClient.SqlConnection
    if ($Credential -ne [System.Management.Automation.PSCredential]::Empty) {
        $password = $Credential.Password.Copy()
        $password.MakeReadOnly()
        $connection.Credential = New-Object -TypeName System.Data.SqlClient.SqlCredential -ArgumentList $Credential.UserName, $password
    }
    else {
        $builder['Integrated Security'] = $true
    }
    $connection.ConnectionString = $builder.ConnectionString

    $connection.add_InfoMessage({
            param($source, $messageArgs)
            Write-Host $messageArgs.Message
        })
    $connection.Open()
    $connection
}

function Invoke-SqlBatch {
    <#
    .SYNOPSIS
        Runs one batch; on error names the file and the file's line.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)] [System.Data.SqlClient.SqlConnection] $Connection,
        [System.Data.SqlClient.SqlTransaction] $Transaction,
        [Parameter(Mandatory = $true)] [pscustomobject] $Batch,
        [Parameter(Mandatory = $true)] [string] $FileName
    )

    $command = $Connection.CreateCommand()
    try {
        $command.CommandText = $Batch.Text
        $command.CommandTimeout = $CommandTimeout
        if ($null -ne $Transaction) { $command.Transaction = $Transaction }
        [void] $command.ExecuteNonQuery()
    }
    catch {
        # PowerShell wraps .NET exceptions (MethodInvocationException): find the SqlException.
        $sqlError = $_.Exception
        while ($null -ne $sqlError -and $sqlError -isnot [System.Data.SqlClient.SqlException]) {
            $sqlError = $sqlError.InnerException
        }
        if ($null -eq $sqlError) { throw }
        $line = $Batch.StartLine + [Math]::Max($sqlError.LineNumber, 1) - 1
        throw "$FileName, line ${line}: error $($sqlError.Number): $($sqlError.Message)"
    }
    finally {
        $command.Dispose()
    }
}

function Invoke-SqlQuery {
    <#
    .SYNOPSIS
        Runs a query and returns its first result set as objects.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)] [System.Data.SqlClient.SqlConnection] $Connection,
        [Parameter(Mandatory = $true)] [string] $Query
    )

    $command = $Connection.CreateCommand()
    $command.CommandText = $Query
    $command.CommandTimeout = $CommandTimeout
    $table = New-Object -TypeName System.Data.DataTable
    $adapter = New-Object -TypeName System.Data.SqlClient.SqlDataAdapter -ArgumentList $command
    try {
        [void] $adapter.Fill($table)
    }
    finally {
        $adapter.Dispose()
        $command.Dispose()
    }
    , $table
}

#endregion

#region Steps

function Initialize-Database {
    <#
    .SYNOPSIS
        Creates $Database when it does not exist (connected to master).
    #>
    [CmdletBinding()]
    param()

    $connection = New-SqlConnection -InitialCatalog 'master'
    try {
        $command = $connection.CreateCommand()
        $command.CommandTimeout = $CommandTimeout
        $command.CommandText = @'
IF DB_ID(@database_name) IS NULL
    BEGIN
        DECLARE @sql nvarchar(300) = N'CREATE DATABASE ' + QUOTENAME(@database_name) + N';';
        EXEC sys.sp_executesql @sql;
        SELECT CAST(1 AS bit);
    END;
ELSE
    BEGIN
        SELECT CAST(0 AS bit);
    END;
'@
        [void] $command.Parameters.Add('@database_name', [System.Data.SqlDbType]::NVarChar, 128)
        $command.Parameters['@database_name'].Value = $Database
        if ([bool] $command.ExecuteScalar()) {
            Write-Host "Created database $Database."
        }
        $command.Dispose()
    }
    finally {
        $connection.Dispose()
    }
}

function Publish-Manifest {
    <#
    .SYNOPSIS
        Runs every manifest file in one transaction: all or nothing.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)] [object[]] $Files
    )

    $connection = New-SqlConnection -InitialCatalog $Database
    try {
        $transaction = $connection.BeginTransaction('leadbase_deploy')
        try {
            foreach ($file in $Files) {
                Write-Host ("Running {0} ({1} batch(es))" -f $file.Name, $file.Batches.Count)
                foreach ($batch in $file.Batches) {
                    Invoke-SqlBatch -Connection $connection -Transaction $transaction -Batch $batch -FileName $file.Name
                }
            }
            $transaction.Commit()
        }
        catch {
            # XACT_ABORT may already have rolled the transaction back on the server.
            try { $transaction.Rollback() } catch { Write-Verbose "Rollback: $($_.Exception.Message)" }
            throw
        }
    }
    finally {
        $connection.Dispose()
    }
}

function Invoke-TsqltTest {
    <#
    .SYNOPSIS
        Installs tSQLt, deploys db/tests/*.sql, runs tSQLt.RunAll, prints every
        test, writes JUnit XML. Returns the number of failed tests.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)] [object[]] $Files,
        [Parameter(Mandatory = $true)] [string] $ResultPath
    )

    $connection = New-SqlConnection -InitialCatalog $Database
    try {
        foreach ($file in $Files) {
            Write-Host ("Running {0} ({1} batch(es))" -f $file.Name, $file.Batches.Count)
            foreach ($batch in $file.Batches) {
                Invoke-SqlBatch -Connection $connection -Batch $batch -FileName $file.Name
            }
        }

        Write-Host 'Running EXEC tSQLt.RunAll'
        try {
            Invoke-SqlBatch -Connection $connection -Batch ([pscustomobject]@{ Text = 'EXEC tSQLt.RunAll;'; StartLine = 1 }) -FileName 'tSQLt.RunAll'
        }
        catch {
            # RunAll raises an error when any test fails; the results table says which.
            Write-Host $_.Exception.Message
        }

        $results = Invoke-SqlQuery -Connection $connection -Query @'
SELECT tr.Class, tr.TestCase, tr.Result, COALESCE(tr.Msg, N'') AS Msg
FROM tSQLt.TestResult AS tr
ORDER BY tr.Id;
'@
        $passed = 0
        $failed = 0
        foreach ($row in $results.Rows) {
            $line = '{0,-8} [{1}].[{2}]' -f $row.Result, $row.Class, $row.TestCase
            if ($row.Result -eq 'Success') {
                $passed++
            }
            if ($row.Result -in @('Failure', 'Error')) {
                $failed++
                Write-Host "$line $($row.Msg)" -ForegroundColor Red
            }
            else {
                Write-Host $line
            }
        }
        Write-Host ('{0} passed, {1} failed' -f $passed, $failed)

        $xml = Invoke-SqlQuery -Connection $connection -Query 'EXEC tSQLt.XmlResultFormatter;'
        $xmlText = -join @($xml.Rows | ForEach-Object { [string] $_[0] })
        $fullPath = $ExecutionContext.SessionState.Path.GetUnresolvedProviderPathFromPSPath($ResultPath)
        $folder = Split-Path -Path $fullPath -Parent
        if ($folder -and -not (Test-Path -LiteralPath $folder)) {
            [void] (New-Item -ItemType Directory -Path $folder)
        }
        [System.IO.File]::WriteAllText($fullPath, $xmlText, (New-Object -TypeName System.Text.UTF8Encoding -ArgumentList $false))
        Write-Host "JUnit XML written to $fullPath"

        if ($results.Rows.Count -eq 0) {
            Write-Host 'No test results: counting the run as failed.' -ForegroundColor Red
            $failed = [Math]::Max($failed, 1)
        }
        $failed
    }
    finally {
        $connection.Dispose()
    }
}

#endregion

#region Main

try {
    # Check everything before touching the server.
    $manifestFiles = @(Get-ManifestFile -ManifestPath $ManifestPath)

    $testFiles = @()
    if ($WithTests) {
        if (-not $TsqltPath) {
            throw 'The parameter -TsqltPath is required with -WithTests.'
        }
        $tsqltFiles = foreach ($name in 'PrepareServer.sql', 'tSQLt.class.sql') {
            $path = Join-Path -Path $TsqltPath -ChildPath $name
            if (-not (Test-Path -LiteralPath $path -PathType Leaf)) {
                throw "The tSQLt file $path does not exist (download tSQLt from https://tsqlt.org)."
            }
            Get-SqlFile -Path $path -DisplayName $name
        }
        $suiteFiles = @()
        if (Test-Path -LiteralPath $TestsRoot -PathType Container) {
            $suiteFiles = Get-ChildItem -LiteralPath $TestsRoot -Filter '*.sql' -File |
                Sort-Object -Property Name |
                ForEach-Object { Get-SqlFile -Path $_.FullName -DisplayName "db/tests/$($_.Name)" }
        }
        $testFiles = @($tsqltFiles) + @($suiteFiles)
    }

    $target = "$Server/$Database"
    $batchCount = ($manifestFiles | ForEach-Object { $_.Batches.Count } | Measure-Object -Sum).Sum
    $action = "Create the database if missing, then run $($manifestFiles.Count) files ($batchCount batches) from db/manifest.txt in one transaction"
    if ($WithTests) {
        $action += ", then install tSQLt, deploy $($testFiles.Count - 2) test files and run tSQLt.RunAll"
    }

    if (-not $PSCmdlet.ShouldProcess($target, $action)) {
        foreach ($file in @($manifestFiles) + @($testFiles)) {
            Write-Host ("  {0} ({1} batch(es))" -f $file.Name, $file.Batches.Count)
        }
        if ($WithTests) {
            Write-Host '  EXEC tSQLt.RunAll; EXEC tSQLt.XmlResultFormatter'
        }
        return
    }

    Initialize-Database
    Publish-Manifest -Files $manifestFiles
    Write-Host "Deployed $($manifestFiles.Count) files to $target."

    if ($WithTests) {
        $failed = Invoke-TsqltTest -Files $testFiles -ResultPath $TestResultPath
        if ($failed -gt 0) {
            exit 1
        }
    }
}
catch {
    Write-Host "Deployment failed: $($_.Exception.Message)" -ForegroundColor Red
    exit 1
}

#endregion
