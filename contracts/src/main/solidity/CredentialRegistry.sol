pragma solidity >=0.5.2 <0.9.0;

/// @title Talent credential registry for the Greater Bay Area consortium chain.
/// @notice Holds only fingerprints, issuer keys and revocation status: never personal data.
///         The rules, their check order and revert reasons are specified in contracts/RULES.md;
///         the embedded ledger of credential-core applies exactly the same rules.
/// @dev On an SM-crypto FISCO BCOS chain keccak256 is SM3, so the address derived from a public
///      key below is the FISCO BCOS SM account address. Times are block.timestamp units
///      (milliseconds on FISCO BCOS).
contract CredentialRegistry {
    enum IssuerStatus { NONE, ACTIVE, SUSPENDED }
    enum KeyStatus { NONE, ACTIVE, RETIRED, COMPROMISED }
    enum CredentialState { ACTIVE, REVOKED, SUSPENDED }

    struct Key {
        bytes pubKey;
        KeyStatus status;
        uint256 activatedBlock;
        uint256 activatedAt;
        uint256 retiredAt;
        uint256 compromisedSince;
    }

    struct Issuer {
        IssuerStatus status;
        bytes32 metadataHash;
        uint256 registeredBlock;
        uint256 registeredAt;
        Key[] keys;
    }

    struct Anchor {
        address issuer;
        address submittedBy;
        uint32 count;
        uint256 blockNumber;
        uint256 time;
    }

    struct Status {
        CredentialState state;
        uint16 reason;
        uint256 blockNumber;
        uint256 time;
    }

    mapping(address => bool) private admins;
    uint256 public adminCount;
    mapping(address => Issuer) private issuers;
    /// key address => issuer id (0 if the key belongs to nobody)
    mapping(address => address) public issuerOfKey;
    /// key address => its index in the issuer's key list, plus one
    mapping(address => uint256) private keySlot;
    mapping(bytes32 => Anchor) private anchors;
    mapping(address => mapping(bytes32 => Status)) private statuses;

    event AdminAdded(address indexed admin, address indexed by);
    event AdminRemoved(address indexed admin, address indexed by);
    event IssuerRegistered(address indexed issuer, bytes32 metadataHash);
    event IssuerSuspended(address indexed issuer, uint16 reason);
    event IssuerReinstated(address indexed issuer);
    event IssuerKeyRotated(address indexed issuer, address oldKey, address newKey);
    event IssuerKeyCompromised(address indexed issuer, address key, uint256 since);
    event BatchAnchored(bytes32 indexed root, address indexed issuer, address submittedBy, uint32 count);
    event CredentialRevoked(address indexed issuer, bytes32 indexed id, uint16 reason);
    event CredentialSuspended(address indexed issuer, bytes32 indexed id, uint16 reason);
    event CredentialReinstated(address indexed issuer, bytes32 indexed id);

    constructor() public {
        admins[msg.sender] = true;
        adminCount = 1;
        emit AdminAdded(msg.sender, msg.sender);
    }

    // ---------------------------------------------------------------- governance

    function addAdmin(address admin) external {
        require(admins[msg.sender], "NOT_ADMIN");
        require(admin != address(0), "ZERO_ADDRESS");
        require(!admins[admin], "ALREADY_ADMIN");
        admins[admin] = true;
        adminCount += 1;
        emit AdminAdded(admin, msg.sender);
    }

    function removeAdmin(address admin) external {
        require(admins[msg.sender], "NOT_ADMIN");
        require(admins[admin], "UNKNOWN_ADMIN");
        require(adminCount > 1, "LAST_ADMIN");
        admins[admin] = false;
        adminCount -= 1;
        emit AdminRemoved(admin, msg.sender);
    }

    function registerIssuer(bytes calldata pubKey, bytes32 metadataHash) external {
        require(admins[msg.sender], "NOT_ADMIN");
        require(pubKey.length == 64, "BAD_PUBLIC_KEY");
        address id = addressOf(pubKey);
        require(issuers[id].status == IssuerStatus.NONE, "ISSUER_EXISTS");
        require(issuerOfKey[id] == address(0), "KEY_IN_USE");
        Issuer storage issuer = issuers[id];
        issuer.status = IssuerStatus.ACTIVE;
        issuer.metadataHash = metadataHash;
        issuer.registeredBlock = block.number;
        issuer.registeredAt = block.timestamp;
        addKey(issuer, id, id, pubKey);
        emit IssuerRegistered(id, metadataHash);
    }

    function suspendIssuer(address issuerId, uint16 reason) external {
        require(admins[msg.sender], "NOT_ADMIN");
        require(issuers[issuerId].status != IssuerStatus.NONE, "UNKNOWN_ISSUER");
        require(issuers[issuerId].status == IssuerStatus.ACTIVE, "ISSUER_NOT_ACTIVE");
        issuers[issuerId].status = IssuerStatus.SUSPENDED;
        emit IssuerSuspended(issuerId, reason);
    }

    function reinstateIssuer(address issuerId) external {
        require(admins[msg.sender], "NOT_ADMIN");
        require(issuers[issuerId].status != IssuerStatus.NONE, "UNKNOWN_ISSUER");
        require(issuers[issuerId].status == IssuerStatus.SUSPENDED, "ISSUER_NOT_SUSPENDED");
        issuers[issuerId].status = IssuerStatus.ACTIVE;
        emit IssuerReinstated(issuerId);
    }

    function rotateIssuerKey(address issuerId, bytes calldata newPubKey) external {
        require(admins[msg.sender], "NOT_ADMIN");
        require(newPubKey.length == 64, "BAD_PUBLIC_KEY");
        require(issuers[issuerId].status != IssuerStatus.NONE, "UNKNOWN_ISSUER");
        address newKey = addressOf(newPubKey);
        require(issuerOfKey[newKey] == address(0), "KEY_IN_USE");
        Issuer storage issuer = issuers[issuerId];
        address oldKey = address(0);
        for (uint256 i = 0; i < issuer.keys.length; i++) {
            if (issuer.keys[i].status == KeyStatus.ACTIVE) {
                issuer.keys[i].status = KeyStatus.RETIRED;
                issuer.keys[i].retiredAt = block.timestamp;
                oldKey = addressOf(issuer.keys[i].pubKey);
            }
        }
        addKey(issuer, issuerId, newKey, newPubKey);
        emit IssuerKeyRotated(issuerId, oldKey, newKey);
    }

    function reportKeyCompromise(address issuerId, address key, uint256 since) external {
        require(admins[msg.sender], "NOT_ADMIN");
        require(issuers[issuerId].status != IssuerStatus.NONE, "UNKNOWN_ISSUER");
        require(issuerOfKey[key] == issuerId, "UNKNOWN_KEY");
        Key storage k = issuers[issuerId].keys[keySlot[key] - 1];
        require(k.status != KeyStatus.COMPROMISED, "ALREADY_COMPROMISED");
        require(since <= block.timestamp, "FUTURE_TIME");
        k.status = KeyStatus.COMPROMISED;
        k.compromisedSince = since;
        emit IssuerKeyCompromised(issuerId, key, since);
    }

    // ---------------------------------------------------------------- issuers

    function anchorBatch(bytes32 root, uint32 count) external {
        address issuerId = activeIssuerOfSender();
        require(root != bytes32(0), "ZERO_ROOT");
        require(count > 0, "EMPTY_BATCH");
        require(anchors[root].issuer == address(0), "ROOT_EXISTS");
        anchors[root] = Anchor(issuerId, msg.sender, count, block.number, block.timestamp);
        emit BatchAnchored(root, issuerId, msg.sender, count);
    }

    function revokeCredential(bytes32 id, uint16 reason) external {
        address issuerId = activeIssuerOfSender();
        require(id != bytes32(0), "ZERO_ID");
        require(reason != 0, "NO_REASON");
        Status storage s = statuses[issuerId][id];
        require(s.state != CredentialState.REVOKED, "ALREADY_REVOKED");
        statuses[issuerId][id] = Status(CredentialState.REVOKED, reason, block.number, block.timestamp);
        emit CredentialRevoked(issuerId, id, reason);
    }

    function suspendCredential(bytes32 id, uint16 reason) external {
        address issuerId = activeIssuerOfSender();
        require(id != bytes32(0), "ZERO_ID");
        require(reason != 0, "NO_REASON");
        Status storage s = statuses[issuerId][id];
        require(s.state != CredentialState.REVOKED, "ALREADY_REVOKED");
        require(s.state != CredentialState.SUSPENDED, "ALREADY_SUSPENDED");
        statuses[issuerId][id] = Status(CredentialState.SUSPENDED, reason, block.number, block.timestamp);
        emit CredentialSuspended(issuerId, id, reason);
    }

    function reinstateCredential(bytes32 id) external {
        address issuerId = activeIssuerOfSender();
        require(id != bytes32(0), "ZERO_ID");
        require(statuses[issuerId][id].state == CredentialState.SUSPENDED, "NOT_SUSPENDED");
        statuses[issuerId][id] = Status(CredentialState.ACTIVE, 0, block.number, block.timestamp);
        emit CredentialReinstated(issuerId, id);
    }

    // ---------------------------------------------------------------- reads

    function isAdmin(address account) external view returns (bool) {
        return admins[account];
    }

    function getIssuer(address issuerId)
        external
        view
        returns (uint8 status, bytes32 metadataHash, uint256 registeredBlock, uint256 registeredAt, uint256 keyCount)
    {
        Issuer storage i = issuers[issuerId];
        return (uint8(i.status), i.metadataHash, i.registeredBlock, i.registeredAt, i.keys.length);
    }

    function getIssuerKey(address issuerId, uint256 index)
        external
        view
        returns (
            bytes memory pubKey,
            uint8 status,
            uint256 activatedBlock,
            uint256 activatedAt,
            uint256 retiredAt,
            uint256 compromisedSince
        )
    {
        Key storage k = issuers[issuerId].keys[index];
        return (k.pubKey, uint8(k.status), k.activatedBlock, k.activatedAt, k.retiredAt, k.compromisedSince);
    }

    function getAnchor(bytes32 root)
        external
        view
        returns (address issuer, address submittedBy, uint32 count, uint256 blockNumber, uint256 time)
    {
        Anchor storage a = anchors[root];
        return (a.issuer, a.submittedBy, a.count, a.blockNumber, a.time);
    }

    function getCredentialStatus(address issuerId, bytes32 id)
        external
        view
        returns (uint8 state, uint16 reason, uint256 blockNumber, uint256 time)
    {
        Status storage s = statuses[issuerId][id];
        return (uint8(s.state), s.reason, s.blockNumber, s.time);
    }

    // ---------------------------------------------------------------- internals

    function activeIssuerOfSender() private view returns (address) {
        address issuerId = issuerOfKey[msg.sender];
        require(issuerId != address(0), "NOT_ISSUER_KEY");
        require(issuers[issuerId].keys[keySlot[msg.sender] - 1].status == KeyStatus.ACTIVE, "KEY_NOT_ACTIVE");
        require(issuers[issuerId].status == IssuerStatus.ACTIVE, "ISSUER_NOT_ACTIVE");
        return issuerId;
    }

    function addKey(Issuer storage issuer, address issuerId, address keyAddress, bytes memory pubKey) private {
        issuer.keys.push(Key(pubKey, KeyStatus.ACTIVE, block.number, block.timestamp, 0, 0));
        issuerOfKey[keyAddress] = issuerId;
        keySlot[keyAddress] = issuer.keys.length;
    }

    function addressOf(bytes memory pubKey) private pure returns (address) {
        return address(uint160(uint256(keccak256(pubKey))));
    }
}
